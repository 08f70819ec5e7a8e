package dev.parley.chart;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import dev.parley.chart.ui.ChartDemoView;
import dev.parley.testing.BrowserTest;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

/**
 * Drives Debian's Chromium against the running app's test-only {@link ChartDemoView}: what a person clicks,
 * sees in a tooltip and downloads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChartBrowserTest {
    /** Long enough for a first dev-bundle build (npm install + Vite) behind the spinner page. */
    private static final double FIRST_LOAD_MS = 10 * 60_000;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    /**
     * One browser context for the class, a new page without cookies (so a new Vaadin session) per test: a context of
     * its own per test fetched and compiled the whole development bundle again for every test.
     */
    private static BrowserContext context;

    private Page page;
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(BrowserTest.launchOptions());
        context = browser.newContext(
                new Browser.NewContextOptions().setAcceptDownloads(true).setViewportSize(1000, 1000));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openDemo() {
        context.clearCookies();
        page = context.newPage();
        page.onPageError(pageErrors::add);
        page.navigate("http://localhost:" + port + "/chart-demo");
        page.waitForFunction(
                "([node, span]) => { const g = document.querySelector('#graph');"
                        + " const t = document.querySelector('#timeline');"
                        + " return !!(g && g.pixelOf && g.pixelOf(0, node) && t.pixelOf(1, span)); }",
                List.of(ChartKeyCodec.encode(ChartDemoView.TRUMP), ChartKeyCodec.encode(ChartDemoView.RIYADH)),
                new Page.WaitForFunctionOptions().setTimeout(FIRST_LOAD_MS).setPollingInterval(250));
    }

    @AfterEach
    void close() {
        for (Page open : context.pages()) {
            open.close();
        }
        assertThat(pageErrors).as("uncaught errors in the page").isEmpty();
    }

    @Test
    void clicking_a_graph_node_reaches_the_java_listener_with_the_key_of_the_node() {
        clickAt("#graph", pixelOf("#graph", 0, ChartDemoView.TRUMP));

        assertThat(page.locator("#clicked")).hasText("node " + ChartDemoView.TRUMP);
    }

    @Test
    void clicking_a_graph_link_reaches_the_java_listener_with_the_key_of_the_link() {
        List<Double> putin = pixelOf("#graph", 0, ChartDemoView.PUTIN);
        List<Double> trump = pixelOf("#graph", 0, ChartDemoView.TRUMP);
        clickAt("#graph", List.of((putin.get(0) + trump.get(0)) / 2, (putin.get(1) + trump.get(1)) / 2));

        assertThat(page.locator("#clicked")).hasText("edge " + ChartDemoView.CALL);
    }

    @Test
    void a_tooltip_shows_markup_in_a_name_as_text_and_never_runs_it() {
        hoverAt("#graph", pixelOf("#graph", 0, ChartDemoView.HOSTILE));

        Locator tooltip = page.locator("#graph .parley-tooltip");
        assertThat(tooltip).isVisible();
        assertThat(tooltip.locator("div").first()).hasText(ChartDemoView.HOSTILE_NAME);
        assertThat(tooltip.locator("div").nth(1)).hasText("second line <b>not bold</b>");
        assertThat(tooltip.locator("img, b")).hasCount(0);
        assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    }

    @Test
    void zooming_the_timeline_reports_the_new_time_window_to_java() {
        hoverAt("#timeline", pixelOf("#timeline", 1, ChartDemoView.RIYADH));
        page.mouse().wheel(0, -400);

        assertThat(page.locator("#range"))
                .hasText(java.util.regex.Pattern.compile("^2025-\\d\\d-\\d\\dT.*Z/2025-\\d\\d-\\d\\dT.*Z$"));
    }

    @Test
    void a_time_window_set_from_java_moves_the_zoom_without_echoing_a_range_event() {
        page.click("#zoom");
        page.waitForFunction("() => document.querySelector('#timeline').chart.getModel()"
                + ".getComponent('xAxis', 0).axis.scale.getExtent()[0] === Date.parse('2025-02-14T00:00:00Z')");
        page.waitForTimeout(600);
        assertThat(page.locator("#range")).hasText("none");
    }

    @Test
    void the_timeline_renders_to_svg_with_its_span_and_lanes() throws Exception {
        String svg = (String) page.evaluate("() => document.querySelector('#timeline').renderSvg('#fff')");

        Document document = parseXml(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(document.getDocumentElement().getTextContent()).contains("USA", "Russia");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path")
                        .getLength())
                .as("span, point and axis shapes")
                .isPositive();
    }

    @Test
    void a_highlight_fades_everything_but_the_named_nodes_and_the_link_between_them() {
        page.click("#highlight");

        page.waitForFunction("() => document.querySelector('#graph').strengthOf(0, 2) === 0.15");
        List<?> strengths = (List<?>) page.evaluate("() => { const g = document.querySelector('#graph');"
                + " return [g.strengthOf(0, 0), g.strengthOf(0, 1), g.strengthOf(0, 0, true),"
                + " g.strengthOf(0, 1, true)]; }");
        assertThat(((Number) strengths.get(0)).doubleValue()).isEqualTo(1);
        assertThat(((Number) strengths.get(1)).doubleValue()).isEqualTo(1);
        assertThat(((Number) strengths.get(2)).doubleValue())
                .as("the link between the lit nodes")
                .isGreaterThan(0.15);
        assertThat(((Number) strengths.get(3)).doubleValue())
                .as("a link to a dimmed node")
                .isEqualTo(0.15);
    }

    @Test
    void a_highlight_after_another_veils_the_graph_without_repainting_it_and_a_click_reaches_a_dimmed_node()
            throws Exception {
        page.click("#highlight");
        page.waitForFunction("() => document.querySelector('#graph').strengthOf(0, 2) === 0.15");
        page.evaluate("() => { const g = document.querySelector('#graph'); const painter = g.chart.getZr().painter;"
                + " const refresh = painter.refresh.bind(painter); window.__graphRepaints = 0;"
                + " painter.refresh = (...a) => { window.__graphRepaints++; return refresh(...a); };"
                + " const highlight = g.highlight.bind(g); window.__highlights = 0;"
                + " g.highlight = (json) => { highlight(json); window.__highlights++; }; }");

        page.click("#highlight-other");
        page.waitForFunction("() => window.__highlights === 1");
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");

        assertThat(((Number) page.evaluate("() => window.__graphRepaints")).intValue())
                .as("repaints of the graph's own canvas")
                .isZero();
        List<?> strengths = (List<?>) page.evaluate("() => { const g = document.querySelector('#graph');"
                + " return [g.strengthOf(0, 1), g.strengthOf(0, 2)]; }");
        assertThat(strengths.stream().map(n -> ((Number) n).doubleValue()))
                .as("strengths as drawn: Trump under the veil, the hostile name above it")
                .containsExactly(0.15, 1.0);
        clickAt("#graph", pixelOf("#graph", 0, ChartDemoView.TRUMP));
        assertThat(page.locator("#clicked")).hasText("node " + ChartDemoView.TRUMP);
    }

    @Test
    void the_png_export_is_a_png_at_twice_the_chart_size() throws Exception {
        Download download = page.waitForDownload(() -> page.click("#export-png"));

        assertThat(download.suggestedFilename()).isEqualTo("network.png");
        byte[] png = Files.readAllBytes(download.path());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertThat(header.getInt()).as("width").isEqualTo(1200);
        assertThat(header.getInt()).as("height").isEqualTo(800);
    }

    @Test
    void the_svg_export_is_xml_with_markup_in_a_name_as_escaped_text() throws Exception {
        Download download = page.waitForDownload(() -> page.click("#export-svg"));

        assertThat(download.suggestedFilename()).isEqualTo("network.svg");
        byte[] svg = Files.readAllBytes(download.path());
        assertThat(new String(svg, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<img");
        Document document = parseXml(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getTextContent())
                .contains(ChartDemoView.HOSTILE_NAME, "Vladimir Putin", "Donald Trump");
    }

    @Test
    void a_large_option_comes_from_its_own_address_and_is_drawn_clickable_with_its_tooltips_as_text() {
        ChartKey last = ChartDemoView.largeNode(ChartDemoView.LARGE_NODES - 1);
        page.click("#large");
        page.waitForFunction(
                "id => { const g = document.querySelector('#graph'); return g.drawn && !!g.pixelOf(0, id); }",
                ChartKeyCodec.encode(last));

        List<?> fetched = (List<?>) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/chart-options/')).map(e => e.decodedBodySize)");
        assertThat(fetched).hasSize(1);
        assertThat(((Number) fetched.get(0)).longValue()).isGreaterThan(EChart.OWN_ADDRESS_ABOVE);
        Number largestAnswer = (Number) page.evaluate("() => Math.max(...performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('v-r=uidl')).map(e => e.decodedBodySize))");
        assertThat(largestAnswer.longValue())
                .as("no Vaadin answer carried the option")
                .isLessThan(EChart.OWN_ADDRESS_ABOVE);

        hoverAt("#graph", pixelOf("#graph", 0, last));
        Locator tooltip = page.locator("#graph .parley-tooltip");
        assertThat(tooltip.locator("div").nth(1))
                .hasText(ChartDemoView.HOSTILE_NAME + " " + (ChartDemoView.LARGE_NODES - 1));
        assertThat(tooltip.locator("img")).hasCount(0);
        clickAt("#graph", pixelOf("#graph", 0, last));
        assertThat(page.locator("#clicked")).hasText("node " + last);
    }

    private static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private List<Double> pixelOf(String chart, int seriesIndex, ChartKey key) {
        String id = ChartKeyCodec.encode(key);
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) page.evaluate(
                "([sel, series, id]) => document.querySelector(sel).pixelOf(series, id)",
                List.of(chart, seriesIndex, id));
        assertThat(xy).as("pixel of %s in %s", id, chart).hasSize(2);
        return List.of(xy.get(0).doubleValue(), xy.get(1).doubleValue());
    }

    private void clickAt(String chart, List<Double> xy) {
        BoundingBox box = page.locator(chart).boundingBox();
        page.mouse().click(box.x + xy.get(0), box.y + xy.get(1));
    }

    private void hoverAt(String chart, List<Double> xy) {
        BoundingBox box = page.locator(chart).boundingBox();
        page.mouse().move(box.x + xy.get(0) - 3, box.y + xy.get(1) - 3);
        page.mouse()
                .move(
                        box.x + xy.get(0),
                        box.y + xy.get(1),
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
    }
}
