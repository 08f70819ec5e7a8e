package dev.parley.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKey.MonthKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.event.EventId;
import dev.parley.testing.BrowserTest;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The core journeys on the small fixture dataset (see src/test/resources/fixtures/valid): in the whole range,
 * the United States shares 3 events with Zelensky and 2 with Russia, and Trump holds a role of the United States.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class ExplorerBrowserTest extends BrowserTest {

    private static ActorKey actor(String id) {
        return new ActorKey(ActorId.of(id));
    }

    private static EventKey event(String id) {
        return EventKey.of(EventId.of(id));
    }

    private void openExplorer(String query) {
        open("/" + query, "#network");
        chartPixel("#network", 0, actor("united-states"));
    }

    private Locator connection(String actorId) {
        return page.locator("#connections .parley-connection[data-actor='" + actorId + "']");
    }

    @Test
    void a_first_visit_asks_for_nothing_missing_and_logs_no_error() {
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var fresh = context.browser().newContext()) {
            Page first = fresh.newPage();
            first.onResponse(r -> {
                if (r.status() >= 400) {
                    failures.add(r.status() + " " + r.url());
                }
            });
            first.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    failures.add(m.type() + ": " + m.text());
                }
            });
            first.navigate(url("/"));
            first.locator("#network").waitFor();
            first.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        }

        org.assertj.core.api.Assertions.assertThat(failures).isEmpty();
    }

    @Test
    void clicking_an_actor_node_shows_its_connections_strongest_first() {
        openExplorer("");
        clickChartItem("#network", 0, actor("united-states"));

        assertThat(page.locator("#actor-name")).hasText("United States");
        assertThat(page.locator("#connections-heading")).hasText("Connections (3)");
        Locator rows = page.locator("#connections .parley-connection");
        assertThat(rows.nth(0)).containsText("Volodymyr Zelensky");
        assertThat(rows.nth(0)).containsText("3 events");
        assertThat(rows.nth(1)).containsText("Russia");
        assertThat(rows.nth(1)).containsText("2 events");
        assertThat(rows.nth(2)).containsText("Donald Trump");
        assertThat(rows.nth(2)).containsText("President of the United States");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]actor=united-states.*"));
    }

    @Test
    void selecting_an_actor_lights_it_its_neighbours_and_its_events_and_dims_the_rest() {
        openExplorer("");
        clickChartItem("#network", 0, actor("united-states"));

        assertThat(page.locator("#actor-name")).hasText("United States");
        page.waitForFunction(
                "id => document.querySelector('#network').strengthOf(0, id) === 0.15",
                ChartKeyCodec.encode(actor("vladimir-putin")));
        org.assertj.core.api.Assertions.assertThat(strength("#network", actor("united-states")))
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(strength("#network", actor("volodymyr-zelensky")))
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(strength("#timeline", event("fixture-talks")))
                .as("an event of the actor")
                .isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(strength("#timeline", event("fixture-phone-call")))
                .as("an event without it")
                .isEqualTo(0.15);

        page.hover("#network");
        page.mouse().wheel(0, -200);
        page.waitForTimeout(300);
        org.assertj.core.api.Assertions.assertThat(strength("#network", actor("vladimir-putin")))
                .as("after a zoom")
                .isEqualTo(0.15);
    }

    /** How strongly the chart draws an item now, looked up in every series. */
    private double strength(String chart, ChartKey key) {
        Object value = page.evaluate(
                "([chart, id]) => { const c = document.querySelector(chart);"
                        + " for (let s = 0; s < 8; s++) { const v = c.strengthOf(s, id); if (v !== null) return v; }"
                        + " return null; }",
                List.of(chart, ChartKeyCodec.encode(key)));
        return ((Number) value).doubleValue();
    }

    @Test
    void clicking_a_link_shows_the_connection_it_stands_for_and_clicking_an_event_selects_it() {
        openExplorer("");
        List<Double> us = chartPixel("#network", 0, actor("united-states"));
        List<Double> russia = chartPixel("#network", 0, actor("russia"));
        var box = page.locator("#network").boundingBox();
        page.mouse().click(box.x + (us.get(0) + russia.get(0)) / 2, box.y + (us.get(1) + russia.get(1)) / 2);

        assertThat(page.locator("#connection-panel h3")).hasText("Russia — United States");
        assertThat(page.locator("#connection-panel")).containsText("2 shared events");

        clickChartItem("#timeline", 4, event("fixture-sanctions"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]event=fixture-sanctions.*"));
    }

    @Test
    void a_clicked_link_opens_the_relationship_of_its_pair_with_the_selected_actor_first() {
        openExplorer("?actor=united-states");
        List<Double> us = chartPixel("#network", 0, actor("united-states"));
        List<Double> russia = chartPixel("#network", 0, actor("russia"));
        var box = page.locator("#network").boundingBox();
        page.mouse().click(box.x + (us.get(0) + russia.get(0)) / 2, box.y + (us.get(1) + russia.get(1)) / 2);
        assertThat(page.locator("#connection-panel h3")).hasText("Russia — United States");
        assertThat(page.locator("#connection-panel .parley-connection-stance")).containsText("Mean score");

        page.locator("#connection-relationship").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]pair=united-states(,|%2C)russia(&.*|$)"));
    }

    @Test
    void opening_a_connection_shows_the_events_that_make_it_with_quotes_and_sources() {
        openExplorer("?actor=donald-trump");
        connection("vladimir-putin").locator(".parley-connection-facts").click();

        Locator card = connection("vladimir-putin").locator(".parley-event-card");
        assertThat(card).hasCount(1);
        assertThat(card).containsText("Trump and Putin speak by phone");
        assertThat(card.locator(".parley-quote")).containsText("“We agreed to work together, very closely.”");
        assertThat(card.locator("a.parley-source-link"))
                .hasAttribute("href", "https://example.org/2025/02/12/phone-call");
    }

    @Test
    void clicking_a_connection_selects_the_other_actor_and_back_returns() {
        openExplorer("?actor=united-states");
        connection("volodymyr-zelensky").locator(".parley-connection-actor").click();
        assertThat(page.locator("#actor-name")).hasText("Volodymyr Zelensky");
        // the history entry is pushed by a script of the same answer, which may run just after the panel is drawn:
        // going back before it would leave the app
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*actor=volodymyr-zelensky.*"));

        page.goBack();
        assertThat(page.locator("#actor-name")).hasText("United States");
        page.goForward();
        assertThat(page.locator("#actor-name")).hasText("Volodymyr Zelensky");
    }

    @Test
    void choosing_a_time_window_changes_the_network_and_the_counts() {
        openExplorer("");
        assertThat(page.locator("#counts")).hasText("8 events · 5 actors · 5 connections");

        page.locator("#window-from input").fill("2022-01-01");
        page.locator("#window-from input").press("Enter");
        assertThat(page.locator("#counts")).hasText("8 events · 5 actors · 5 connections");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*from=2022-01-01.*"));
        page.locator("#window-to input").fill("2022-12-31");
        page.locator("#window-to input").press("Enter");

        assertThat(page.locator("#counts")).hasText("2 of 8 events · 2 actors · 1 connection");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*from=2022-01-01.*to=2022-12-31.*"));
    }

    @Test
    void the_class_type_and_kind_filters_are_built_when_opened_and_filter_every_view() {
        openExplorer("");
        assertThat(page.locator("#filter-classes")).hasCount(0);

        page.locator("#more-filters vaadin-details-summary").click();
        page.locator("#filter-classes vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Verbal cooperation"))
                .click();

        assertThat(page.locator("#counts")).hasText(java.util.regex.Pattern.compile("^\\d of 8 events · .*"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*[?&]class=neutral%2Cmaterial-cooperation%2C.*"));
    }

    @Test
    void the_paths_between_two_actors_are_explained_hop_by_hop() {
        openExplorer("?pathFrom=russia&pathTo=volodymyr-zelensky");
        Locator results = page.locator("#path-results");
        assertThat(results.locator(".parley-path")).hasCount(1);
        assertThat(results.locator(".parley-path-title")).hasText("Path 1: 2 steps");
        assertThat(results.locator(".parley-hop").nth(0)).containsText("Russia → United States (2 events)");
        assertThat(results.locator(".parley-hop").nth(1)).containsText("United States → Volodymyr Zelensky (3 events)");
    }

    @Test
    void actors_without_a_chain_of_shared_events_are_said_to_be_unconnected() {
        openExplorer("?pathFrom=donald-trump&pathTo=volodymyr-zelensky");
        assertThat(page.locator("#path-none"))
                .hasText("Donald Trump and Volodymyr Zelensky are not connected by "
                        + "shared events in the current time window and filters.");
    }

    @Test
    void a_copied_url_reproduces_the_view_in_another_browser() {
        openExplorer("");
        clickChartItem("#network", 0, actor("russia"));
        choose("#lane-mode", "By actor");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*lanes=actor.*"));
        String copied = page.url();

        try (var other = context.browser().newContext()) {
            Page second = other.newPage();
            second.navigate(copied);
            assertThat(second.locator("#actor-name")).hasText("Russia");
            assertThat(second.locator("#lane-mode")).containsText("By actor");
            assertThat(second.locator("#connections-heading")).hasText("Connections (2)");
        }
    }

    @Test
    void clicking_a_bar_in_the_statistics_selects_that_actor_or_month_everywhere() {
        openExplorer("");
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Statistics"))
                .click();
        clickChartItem("#stats-top-actors", 0, actor("united-states"));
        assertThat(page.locator("#actor-name")).hasText("United States");

        clickChartItem("#stats-per-month", 1, new MonthKey(YearMonth.of(2025, 3)));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*from=2025-03-01.*to=2025-03-31.*"));
        assertThat(page.locator("#counts")).hasText("3 of 8 events · 3 actors · 2 connections");
    }
}
