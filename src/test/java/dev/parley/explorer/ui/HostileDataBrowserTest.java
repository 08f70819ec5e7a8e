package dev.parley.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.dataset.DatasetService;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The app on the hostile fixture (src/test/resources/fixtures/hostile): names, titles, summaries, quotes, outlets
 * and roles full of {@code <script>}, {@code <img onerror>} and attribute break-outs, plus right-to-left and
 * combining-character names. Everywhere they appear, the text must be shown exactly as written, and nothing may
 * run: every test fails if a dialog opens or the canary {@code window.__pwned} is set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.reload-interval=0")
class HostileDataBrowserTest extends BrowserTest {
    static final String EVE = "Eve <script>window.__pwned=1</script>";
    static final String MALLORY = "Mallory <img src=x onerror=\"window.__pwned=1\">";
    static final String ARTICLE_TITLE = "<script>window.__pwned=1</script> Talks report";
    static final String OUTLET = "<img src=x onerror=\"window.__pwned=1\">Outlet";
    static final String EVENT_TITLE = "\"><svg onload=\"window.__pwned=1\"> talks";
    static final String SUMMARY = "<img src=x onerror=alert(1)> summary & <i>more</i>";
    static final String QUOTE = "</div><script>alert(1)</script>";
    static final String ARABIC = "وزارة الخارجية";
    static final String HEBREW = "משרד החוץ";
    static final String COMBINING = "Zoe\u0308 A\u030Astro\u0308m";
    static final String RTL_TITLE = "محادثات بين الوزارتين — שיחות";

    private static final Path DATA = copyOfFixture();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("parley.data-dir", DATA::toString);
    }

    @Autowired
    DatasetService datasets;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void watchForScripts() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void nothingRan() {
        assertThat(dialogs).as("dialogs opened by data text").isEmpty();
        assertThat(page.evaluate("() => typeof window.__pwned"))
                .as("the canary global")
                .isEqualTo("undefined");
    }

    private void openExplorer(String query) {
        open("/" + query, "#network");
        chartPixel("#network", 0, new ActorKey(ActorId.of("eve")));
    }

    private String text(String selector) {
        return page.locator(selector).first().textContent();
    }

    @Test
    void the_side_panel_shows_hostile_names_and_connections_as_text() {
        openExplorer("?actor=eve");

        assertThat(text("#actor-name")).isEqualTo(EVE);
        Locator mallory = page.locator("#connections .parley-connection[data-actor='mallory']");
        assertThat(mallory.locator(".parley-connection-actor")).hasText(MALLORY);
        mallory.locator(".parley-connection-facts").click();
        Locator card = mallory.locator(".parley-event-card");
        assertThat(card.locator(".parley-quote")).containsText(QUOTE);
        assertThat(card).containsText(EVENT_TITLE);
        assertThat(page.locator("#side-panel script, #side-panel img, #side-panel svg[onload], #side-panel i"))
                .hasCount(0);
    }

    @Test
    void the_event_detail_shows_title_summary_quote_and_source_as_text_with_a_safe_link() {
        openExplorer("?event=hostile-talks");

        assertThat(text("#event-detail-title")).isEqualTo(EVENT_TITLE);
        Locator detail = page.locator(".parley-event-detail");
        assertThat(detail).containsText(SUMMARY);
        assertThat(detail).containsText(QUOTE);
        assertThat(detail).containsText("' onmouseover='window.__pwned=1");
        Locator link = detail.locator("a.parley-source-link");
        assertThat(link).hasText(OUTLET + ": " + ARTICLE_TITLE);
        assertThat(link)
                .hasAttribute("href", "https://example.org/talks?q=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E");
        assertThat(link).hasAttribute("target", "_blank");
        assertThat(link).hasAttribute("rel", "noopener noreferrer");
        detail.locator(".parley-participant").first().hover();
    }

    @Test
    void right_to_left_and_combining_names_are_shown_exactly_and_in_their_own_direction() {
        openExplorer("?actor=ministry-ar");
        assertThat(text("#actor-name")).isEqualTo(ARABIC);
        assertThat(page.locator("#actor-name")).hasAttribute("dir", "auto");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('#actor-name')).direction"))
                .isEqualTo("rtl");
        Locator hebrew =
                page.locator("#connections .parley-connection[data-actor='ministry-he'] .parley-connection-actor");
        assertThat(hebrew).hasText(HEBREW);
        assertThat(hebrew).hasAttribute("dir", "auto");

        openExplorer("?actor=zoe");
        assertThat(text("#actor-name"))
                .as("combining characters kept as written, not normalised")
                .isEqualTo(COMBINING);

        openExplorer("?event=rtl-talks");
        assertThat(text("#event-detail-title")).isEqualTo(RTL_TITLE);
        assertThat(page.locator(".parley-event-detail .parley-participant").first())
                .hasText(ARABIC);
    }

    @Test
    void the_printed_dossier_and_relationship_show_hostile_text_as_text() {
        open("/print/actor?actor=eve", "#dossier-events");
        assertThat(text("#print-title")).isEqualTo(EVE);
        assertThat(page.locator("#dossier-aliases")).containsText("\"><svg onload=\"window.__pwned=1\">");
        assertThat(page.locator("#dossier-connections tr[data-actor='mallory'] td")
                        .first())
                .hasText(MALLORY);
        Locator card = page.locator("#dossier-events [data-event='hostile-talks']");
        assertThat(card.locator("h3")).hasText(EVENT_TITLE);
        assertThat(card).containsText(SUMMARY);
        assertThat(card.locator(".parley-quote")).containsText(QUOTE);
        assertThat(card.locator("a.parley-source-link")).hasText(OUTLET + ": " + ARTICLE_TITLE);
        assertThat(page.locator("#print-page script, #print-page img, #print-page svg[onload], #print-page i"))
                .hasCount(0);

        open("/print/relationship?pair=eve,mallory", "#relationship-print-events");
        assertThat(text("#print-title")).isEqualTo(EVE + " and " + MALLORY);
        assertThat(page.locator("#relationship-print-events h3").first()).hasText(EVENT_TITLE);
        assertThat(page.locator("#print-page script, #print-page img, #print-page svg[onload], #print-page i"))
                .hasCount(0);
    }

    @Test
    void a_network_tooltip_shows_the_name_as_text() {
        openExplorer("");
        hoverChartItem("#network", 0, new ActorKey(ActorId.of("mallory")));

        Locator tooltip = page.locator("#network .parley-tooltip");
        assertThat(tooltip).isVisible();
        assertThat(tooltip.locator("div").first()).hasText(MALLORY);
        assertThat(tooltip.locator("img, script, svg")).hasCount(0);
        hoverChartItem("#network", 0, new ActorKey(ActorId.of("eve")));
        assertThat(tooltip.locator("div").first()).hasText(EVE);
    }

    @Test
    void the_tables_and_the_search_show_hostile_text_literally() {
        openExplorer("");
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Actors table"))
                .click();
        assertThat(cell(EVE)).isVisible();
        assertThat(cell(MALLORY)).isVisible();
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Events table"))
                .click();
        assertThat(cell(EVENT_TITLE)).isVisible();

        page.locator("#search input").fill("script");
        Locator results = page.locator("#search-results");
        assertThat(results.locator(".parley-result-actor")).hasText(EVE);
        assertThat(results).containsText(ARTICLE_TITLE.substring(0, 10));
        page.locator("#search input").fill("alert");
        assertThat(results).containsText(QUOTE);
        assertThat(page.locator("#search-results script, #search-results img")).hasCount(0);
    }

    @Test
    void the_events_page_lists_hostile_titles_as_text() {
        open("/events", "#events");
        assertThat(cell(EVENT_TITLE)).isVisible();
        assertThat(cell(RTL_TITLE)).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content img, vaadin-grid-cell-content script"))
                .hasCount(0);
    }

    private Locator cell(String exact) {
        return page.locator("vaadin-grid-cell-content")
                .getByText(exact, new Locator.GetByTextOptions().setExact(true))
                .first();
    }

    @Test
    void an_exported_network_svg_holds_the_names_as_text_and_nothing_that_runs() throws Exception {
        openExplorer("?actor=eve");
        page.locator("#network-export").click();
        Download download =
                page.waitForDownload(() -> page.locator("#network-export-svg").click());
        String svg = Files.readString(download.path(), StandardCharsets.UTF_8);

        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTextContent()).contains(EVE, MALLORY, ARABIC);
        assertThat(elementsAndAttributes(doc))
                .as("no script, foreign HTML or event handler in the picture")
                .noneMatch(n -> n.equalsIgnoreCase("script")
                        || n.equalsIgnoreCase("foreignObject")
                        || n.toLowerCase().startsWith("@on"));
        // and opened as a document, as an image viewer or a browser tab would, it runs nothing
        page.setContent(svg);
        assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    }

    @Test
    void the_problems_banner_shows_a_hostile_broken_file_as_text_and_keeps_the_data() throws IOException {
        Path broken = DATA.resolve("articles/zz-broken.yaml");
        Files.writeString(broken, """
                id: zz-broken
                title: "<img src=x onerror=alert(1)>"
                outlet: Example
                url: "javascript:alert(1)"
                published: 2025
                events:
                  - id: zz-broken-event
                    date: 2025
                    title: x
                    type: "<script>alert(1)</script>"
                    participants:
                      - actor: eve
                """);
        try {
            datasets.reload();
            open("/", "#network");
            Locator banner = page.locator(".parley-problems");
            assertThat(banner).isVisible();
            assertThat(banner).containsText("'javascript:alert(1)' is not a web link");
            assertThat(banner).containsText("unknown event type '<script>alert(1)</script>'");
            assertThat(banner.locator("script, img, a")).hasCount(0);
            chartPixel("#network", 0, new ActorKey(ActorId.of("eve")));
        } finally {
            Files.delete(broken);
            datasets.reload();
        }
    }

    @Test
    void the_not_found_page_shows_a_hostile_path_as_text() {
        page.navigate(url("/%3Cimg%20src=x%20onerror=alert(1)%3E%22%3E%3Csvg%20onload=alert(1)%3E"));
        page.waitForSelector("body *:not(script)");
        page.waitForTimeout(1000);
        assertThat(page.locator("body img, body svg[onload]")).hasCount(0);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every element's local name and every attribute's name (prefixed with {@code @}). */
    private static List<String> elementsAndAttributes(Document doc) {
        List<String> names = new java.util.ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            names.add(e.getLocalName());
            NamedNodeMap attributes = e.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                names.add("@" + attributes.item(j).getNodeName());
            }
        }
        return names;
    }

    private static Path copyOfFixture() {
        return Fixtures.copyToTemp("hostile");
    }
}
