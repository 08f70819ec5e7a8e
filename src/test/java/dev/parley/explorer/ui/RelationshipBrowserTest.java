package dev.parley.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.ConnectionKind;
import dev.parley.network.NetworkService;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.Period;
import dev.parley.relationship.Relationship;
import dev.parley.testing.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The relationship view on the bundled, curated data: Putin and Trump, whose events the test reads from the data
 * through the domain, so the view is checked against the data and not against numbers copied into the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelationshipBrowserTest extends BrowserTest {
    private static final ActorId PUTIN = ActorId.of("vladimir-putin");
    private static final ActorId TRUMP = ActorId.of("donald-trump");
    private static final String PAIR_URL = "/?pair=vladimir-putin,donald-trump";

    @Autowired
    DatasetService datasets;

    @Autowired
    NetworkService networks;

    private Relationship expected() {
        Dataset d = datasets.current().dataset();
        ActorNetwork network = networks.network(d, EventFilter.all());
        return Relationship.of(
                new ActorPair(PUTIN, TRUMP),
                network.connection(PUTIN, TRUMP, ConnectionKind.INTERACTION)
                        .map(network::eventsOf)
                        .orElseThrow());
    }

    /** The period labels of a chart and, per period, the sum of its series' values (stacked counts). */
    @SuppressWarnings("unchecked")
    private List<String> labels(Page p, String chart) {
        p.waitForFunction(
                "sel => { const c = document.querySelector(sel); const o = c && c.chart && c.chart.getOption();"
                        + " return !!(o && o.xAxis && o.xAxis[0].data && o.xAxis[0].data.length); }",
                chart);
        return (List<String>) p.evaluate("sel => document.querySelector(sel).chart.getOption().xAxis[0].data", chart);
    }

    @SuppressWarnings("unchecked")
    private List<Number> stackedCounts(String chart) {
        return (List<Number>) page.evaluate(
                "sel => { const o = document.querySelector(sel).chart.getOption();"
                        + " return o.xAxis[0].data.map((_, i) => o.series.reduce((sum, s) => sum +"
                        + " (typeof s.data[i] === 'object' ? s.data[i].value : s.data[i]), 0)); }",
                chart);
    }

    @Test
    void a_pairs_link_opens_its_relationship_with_the_periods_and_counts_of_the_data() {
        Relationship r = expected();
        assertThat(r.events()).isNotEmpty();

        open(PAIR_URL, "#relationship-chart");

        assertThat(page.locator("vaadin-tab[selected]")).hasAttribute("aria-controls", "relationship");
        assertThat(page.locator("#relationship-title")).hasText("Vladimir Putin and Donald Trump");
        assertThat(page.locator("#relationship-reading")).hasText(r.reading());
        assertThat(labels(page, "#relationship-chart"))
                .containsExactlyElementsOf(
                        r.periods().stream().map(Period::label).toList());
        // the events by class, below the scores, are drawn when they come into view
        page.locator("#relationship-classes").scrollIntoViewIfNeeded();
        labels(page, "#relationship-classes");
        assertThat(stackedCounts("#relationship-classes"))
                .extracting(Number::intValue)
                .containsExactlyElementsOf(
                        r.periods().stream().map(p -> p.both().count()).toList());
        // the events are built when their heading comes into view
        page.locator("#relationship-events-title").scrollIntoViewIfNeeded();
        assertThat(page.locator("#relationship-events .parley-event-card"))
                .hasCount(Math.min(r.events().size(), EventPages.PAGE));
        assertThat(page.locator("#relationship-events .parley-event-card").first())
                .hasAttribute("data-event", r.events().getFirst().id().value());

        // the picture the README shows, from the title down (the list above scrolled the page)
        page.locator("#relationship-title").scrollIntoViewIfNeeded();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target", "exports", "screenshot-relationship.png")));

        String copied = page.url();
        try (var other = context.browser().newContext()) {
            Page second = other.newPage();
            second.navigate(copied);
            assertThat(second.locator("#relationship-reading")).hasText(r.reading());
            assertThat(labels(second, "#relationship-chart"))
                    .containsExactlyElementsOf(
                            r.periods().stream().map(Period::label).toList());
        }
    }

    @Test
    void the_relationship_chart_exports_as_svg_with_the_pair_and_the_reading() throws Exception {
        Relationship r = expected();
        open(PAIR_URL, "#relationship-chart");
        labels(page, "#relationship-chart");

        page.locator("#relationship-chart-export").click();
        Download download = page.waitForDownload(
                () -> page.locator("#relationship-chart-export-svg").click());

        assertThat(download.suggestedFilename()).isEqualTo("parley-relationship-vladimir-putin-donald-trump-all.svg");
        String svg = Files.readString(download.path(), StandardCharsets.UTF_8);
        Path kept = Path.of("target", "exports", download.suggestedFilename());
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, svg);
        assertThat(svg)
                .contains("Relationship over time: Vladimir Putin and Donald Trump")
                .contains(r.reading())
                .contains("Vladimir Putin → Donald Trump");
    }

    @Test
    void the_series_downloads_as_csv_one_row_per_period() throws Exception {
        Relationship r = expected();
        open(PAIR_URL, "#relationship-chart");

        Download download =
                page.waitForDownload(() -> page.locator("#relationship-csv").click());

        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("period_start,granularity,vladimir-putin_to_donald-trump_mean");
        assertThat(lines).hasSize(r.periods().size() + 1);
    }

    @Test
    void an_event_behind_the_relationship_opens_in_the_timeline() {
        Relationship r = expected();
        open(PAIR_URL, "#relationship-chart");
        String newest = r.events().getFirst().id().value();
        page.locator("#relationship-events-title").scrollIntoViewIfNeeded();

        page.locator("#relationship-events .parley-event-card[data-event='" + newest + "'] .parley-event-title")
                .click();

        assertThat(page).hasURL(Pattern.compile(".*event=" + newest + ".*"));
        assertThat(page.locator("vaadin-tab[selected]")).hasText("Timeline and network");
        assertThat(page.locator("#timeline")).isVisible();
    }

    @Test
    void two_pickers_choose_a_pair_and_close_returns_to_the_choice() {
        open("/", "#network");
        page.getByRole(
                        AriaRole.TAB,
                        new Page.GetByRoleOptions().setName("Relationship").setExact(true))
                .click();
        pick("#relationship-first", "Vladimir Putin");
        pick("#relationship-second", "Donald Trump");

        assertThat(page).hasURL(Pattern.compile(".*pair=vladimir-putin(,|%2C)donald-trump.*"));
        assertThat(page.locator("#relationship-reading")).hasText(expected().reading());

        page.locator("#relationship [data-action='swap']").click();
        assertThat(page).hasURL(Pattern.compile(".*pair=donald-trump(,|%2C)vladimir-putin.*"));
        assertThat(page.locator("#relationship-title")).hasText("Donald Trump and Vladimir Putin");

        page.locator("#relationship [data-action='close']").click();
        assertThat(page.locator("#relationship-reading")).isHidden();
        assertThat(page).not().hasURL(Pattern.compile(".*pair=.*"));
    }

    private void pick(String comboBox, String name) {
        Locator input = page.locator(comboBox + " input");
        input.fill(name);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first()
                .click();
    }
}
