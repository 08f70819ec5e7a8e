package dev.parley.statistics.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.CellKey;
import dev.parley.chart.ChartKey.MonthKey;
import dev.parley.testing.BrowserTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The statistics charts on the fixture dataset (see {@code StatisticsTest} for its numbers), through the test-only
 * {@link StatisticsDemoView}: clicking a bar or a cell reports its actor or month to Java.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class StatisticsBrowserTest extends BrowserTest {
    /** Long enough for a first dev-bundle build (npm install + Vite) behind the spinner page. */
    private static final double FIRST_LOAD_MS = 10 * 60_000;

    private void openDemo(String chart) {
        page.navigate(url("/statistics-demo"));
        page.waitForSelector(chart, new Page.WaitForSelectorOptions().setTimeout(FIRST_LOAD_MS));
    }

    @Test
    void clicking_an_actor_bar_selects_that_actor_and_highlights_its_bar() {
        openDemo("#stats-top-actors");
        clickChartItem("#stats-top-actors", 0, new ActorKey(ActorId.of("volodymyr-zelensky")));

        assertThat(page.locator("#selected")).hasText("actor volodymyr-zelensky");
        page.waitForFunction("() => document.querySelector('#stats-top-actors').chart.getOption().series[0]"
                + ".data[0].itemStyle?.opacity === 0.15");
    }

    @Test
    void clicking_a_month_bar_or_a_heat_map_cell_selects_the_month_and_the_cell_also_its_actor() {
        openDemo("#stats-per-month");
        clickChartItem("#stats-per-month", 1, new MonthKey(YearMonth.of(2025, 3)));
        assertThat(page.locator("#selected")).hasText("none month 2025-03");

        clickChartItem("#stats-heatmap", 0, new CellKey(ActorId.of("united-states"), YearMonth.of(2025, 3)));
        assertThat(page.locator("#selected")).hasText("actor united-states month 2025-03");
        Object titles = page.evaluate("() => ['#stats-per-month', '#stats-coop-conflict', '#stats-top-actors',"
                + " '#stats-heatmap'].map(s => document.querySelector(s).chart.getOption().title[0].text)");
        assertThat(titles)
                .isEqualTo(List.of(
                        "Events per month",
                        "Cooperation and conflict",
                        "Most central actors: Shared events",
                        "Activity of the most active actors"));
    }
}
