package dev.parley.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.Diverging;
import dev.parley.dataset.DatasetService;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.ActorPath.Hop;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.NetworkService;
import dev.parley.network.ui.NetworkOptions;
import dev.parley.network.ui.NetworkTexts;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.Period;
import dev.parley.relationship.Relationship;
import dev.parley.testing.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stance on the bundled, curated data: links coloured by their mean score, the stance of a connection in the side
 * panel, the connections ordered by it, and the ways into the relationship of a pair. Every expected figure comes
 * from the same data through the domain (the network of the whole range), never from a copy in the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StanceBrowserTest extends BrowserTest {
    private static final ActorId PUTIN = ActorId.of("vladimir-putin");
    private static final ActorId TRUMP = ActorId.of("donald-trump");
    private static final ActorId UKRAINE = ActorId.of("ukraine");
    private static final ActorId ZELENSKY = ActorId.of("volodymyr-zelenskyy");

    /** Pictures to look at: the network by stance and Putin's connections. */
    private static final Path SHOTS = Path.of("target", "stance");

    @Autowired
    DatasetService datasets;

    @Autowired
    NetworkService networks;

    private ActorNetwork network() {
        return networks.network(datasets.current().dataset(), EventFilter.all());
    }

    private Connection interaction(ActorId a, ActorId b) {
        return network().connection(a, b, ConnectionKind.INTERACTION).orElseThrow();
    }

    private static Pattern pairInUrl(ActorId a, ActorId b) {
        return Pattern.compile(".*[?&]pair=" + a.value() + "(,|%2C)" + b.value() + "(&.*|$)");
    }

    @Test
    void by_stance_each_link_is_drawn_in_the_colour_of_its_mean_score() throws Exception {
        page.setViewportSize(1400, 860);
        open("/", "#network");
        Connection talks = interaction(PUTIN, TRUMP);
        Connection war = interaction(PUTIN, UKRAINE);
        // conflictual on balance; the Normandy-format summits and calls of 2016-2019 keep it above -3
        assertThat(war.tone().mean().orElseThrow())
                .as("Putin and Ukraine: a conflictual link")
                .isNegative();
        String talksId = ChartKeyCodec.encode(NetworkOptions.keyOf(talks));
        String warId = ChartKeyCodec.encode(NetworkOptions.keyOf(war));
        page.waitForFunction(
                "id => { const c = document.querySelector('#network');"
                        + " return c.drawn && c.strengthOf(0, id, true) !== null; }",
                talksId);
        assertThat(page.locator("#stance-legend")).isHidden();

        choose("#link-colouring", "Stance");

        assertThat(page).hasURL(Pattern.compile(".*[?&]links=stance.*"));
        assertThat(page.locator("#stance-legend")).isVisible();
        assertThat(page.locator("#stance-legend")).containsText("−10 conflict");
        assertThat(page.locator("#stance-legend")).containsText("+10 cooperation");
        page.waitForFunction(
                "([id, grey]) => { const c = document.querySelector('#network'); return c.drawn && " + DRAWN_STROKE
                        + "(c, id) !== grey; }",
                List.of(talksId, "#90a4ae"));
        assertThat(drawnStroke(talksId))
                .isEqualTo(Diverging.colour(talks.tone().mean().orElseThrow()));
        assertThat(drawnStroke(warId))
                .isEqualTo(Diverging.colour(war.tone().mean().orElseThrow()));

        page.locator("#network-export").click();
        Download svg =
                page.waitForDownload(() -> page.locator("#network-export-svg").click());
        String text = Files.readString(svg.path()).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
        assertThat(text).as("the exported image explains the colours").contains("no scored event");
        page.keyboard().press("Escape");

        // the tooltip a link shows (pair, mean, classes, latest event) is NetworkLinksTest's: among 190 actors no
        // point of a chosen link can be relied on to be under the pointer alone
        page.locator(".parley-network-box")
                .screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("network.png")));
    }

    /** The stroke of a drawn graph link, found by its id among the edges of the network's series. */
    private static final String DRAWN_STROKE = "((c, id) => { const d = c.chart.getModel().getSeriesByIndex(0)"
            + ".getEdgeData(); for (let i = 0; i < d.count(); i++) { if (d.getId(i) === id) {"
            + " const stroke = el => !el ? null : (el.style && el.style.stroke && !el.isGroup) ? el.style.stroke"
            + " : (el.childrenRef ? el.childrenRef() : []).map(stroke).find(s => s) ?? null;"
            + " return stroke(d.getItemGraphicEl(i)); } } return null; })";

    private String drawnStroke(String linkId) {
        return (String) page.evaluate("id => " + DRAWN_STROKE + "(document.querySelector('#network'), id)", linkId);
    }

    @Test
    void from_putins_connection_with_trump_to_their_relationship_over_time() {
        page.setViewportSize(1400, 860);
        open("/?links=stance", "#network");
        clickChartItem("#network", 0, new ActorKey(PUTIN));
        assertThat(page.locator("#actor-name")).hasText("Vladimir Putin");

        Locator trump = page.locator("#connections .parley-connection[data-actor='donald-trump']");
        String stance = NetworkTexts.stance(interaction(PUTIN, TRUMP).tone());
        assertThat(stance).startsWith("Mean score ");
        assertThat(trump.locator(".parley-stance")).hasAttribute("title", stance);
        assertThat(trump.locator(".parley-stance")).isVisible();
        assertThat(trump.locator(".parley-stance"))
                .hasAttribute(
                        "style",
                        Pattern.compile(".*--stance-colour: "
                                + Diverging.colour(
                                        interaction(PUTIN, TRUMP).tone().mean().orElseThrow()) + ".*"));

        trump.locator(".parley-connection-facts").click();
        page.locator("#side-panel")
                .screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("side-panel.png")));
        trump.locator("[data-action='relationship']").click();

        assertThat(page).hasURL(pairInUrl(PUTIN, TRUMP));
        assertThat(page).hasURL(Pattern.compile(".*[?&]actor=vladimir-putin.*"));
        // the side panel does not show the pair, so it stays as it was: the row is still open
        assertThat(trump.locator("details")).hasAttribute("open", "");
        // the relationship tab opens on charts whose periods and counts are the data's (by class: once scrolled to)
        Relationship expected =
                Relationship.of(new ActorPair(PUTIN, TRUMP), network().eventsOf(interaction(PUTIN, TRUMP)));
        assertThat(page.locator("#relationship-reading")).hasText(expected.reading());
        page.locator("#relationship-classes").scrollIntoViewIfNeeded();
        page.waitForFunction(
                "n => { const c = document.querySelector('#relationship-classes'); const o = c && c.chart"
                        + " && c.chart.getOption(); return !!o && o.xAxis[0].data.length === n; }",
                expected.periods().size());
        assertThat(page.evaluate(
                        "() => document.querySelector('#relationship-classes').chart.getOption().xAxis[0].data"))
                .isEqualTo(expected.periods().stream().map(Period::label).toList());
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>)
                page.evaluate(
                        "() => { const o = document.querySelector('#relationship-classes').chart.getOption();"
                                + " return o.xAxis[0].data.map((_, i) => o.series.reduce((sum, s) => sum + s.data[i].value, 0)); }");
        assertThat(counts)
                .extracting(Number::intValue)
                .containsExactlyElementsOf(
                        expected.periods().stream().map(p -> p.both().count()).toList());
    }

    @Test
    void putins_connections_sort_by_most_conflictual_and_most_cooperative_as_the_domain_orders_them() {
        open("/?actor=vladimir-putin", "#network");
        Locator rows = page.locator("#connections .parley-connection");
        List<Connection> strongest = network().connectionsOf(PUTIN);
        assertThat(rows.first())
                .hasAttribute("data-actor", strongest.getFirst().other(PUTIN).value());

        for (ConnectionOrder order : List.of(ConnectionOrder.CONFLICTUAL, ConnectionOrder.COOPERATIVE)) {
            choose("#connection-order", order.label());

            List<Connection> expected = order.sort(strongest);
            assertThat(rows.first())
                    .hasAttribute("data-actor", expected.getFirst().other(PUTIN).value());
            assertThat(rows.nth(1))
                    .hasAttribute("data-actor", expected.get(1).other(PUTIN).value());
            assertThat(rows.first().locator(".parley-stance"))
                    .hasAttribute(
                            "title", NetworkTexts.stance(expected.getFirst().tone()));
        }
        assertThat(rows).hasCount(Math.min(strongest.size(), ActorPanel.FIRST_PAGE));
        page.locator("#side-panel")
                .screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("side-panel-cooperative.png")));
    }

    @Test
    void each_step_of_a_path_opens_the_relationship_of_its_two_actors() {
        open("/?pathFrom=vladimir-putin&pathTo=volodymyr-zelenskyy", "#path-results");
        Hop first = network()
                .paths(PUTIN, ZELENSKY, PathPanel.MAX_PATHS)
                .getFirst()
                .hops()
                .getFirst();

        Locator step = page.locator("#path-results .parley-hop").first();
        step.click();
        step.locator("[data-action='relationship']").click();

        assertThat(page).hasURL(pairInUrl(first.from(), first.to()));
    }
}
