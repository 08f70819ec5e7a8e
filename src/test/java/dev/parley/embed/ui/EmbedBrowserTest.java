package dev.parley.embed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.testing.BrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An embed in another site's page: the snippet from the explorer's dialog, pasted into a plain article page
 * (src/test/resources/embed/host-page.html) served from another origin, draws the chart, follows its content's
 * height, shows evidence on a click and opens the explorer at the same state. The explorer itself stays unframable.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class EmbedBrowserTest extends BrowserTest {
    private static final String STATE = "?from=2025-01-01&actor=vladimir-putin";

    /** Another site: another origin (127.0.0.1 and another port), serving the pages a test puts here. */
    private HttpServer site;

    private final Map<String, String> pages = new ConcurrentHashMap<>();

    @BeforeEach
    void startAnotherSite() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            String html = pages.get(exchange.getRequestURI().getPath());
            byte[] body = (html == null ? "not found" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
    }

    @AfterEach
    void stopAnotherSite() {
        site.stop(0);
    }

    private String onSite(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path;
    }

    private static String hostPage(String snippet) throws IOException {
        try (InputStream in = EmbedBrowserTest.class.getResourceAsStream("/embed/host-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("<!-- PARLEY-EMBED -->", snippet);
        }
    }

    /** The frame of {@code selector} once its chart is drawn. */
    private Frame drawnFrame(String selector) {
        ElementHandle iframe = page.waitForSelector(selector);
        Frame frame = iframe.contentFrame();
        frame.waitForFunction("() => { const c = document.querySelector('#chart'); return !!(c && c.chart); }");
        return frame;
    }

    private double frameHeight() {
        return ((Number) page.evaluate("() => document.querySelector('iframe').getBoundingClientRect().height"))
                .doubleValue();
    }

    private static double contentHeight(Frame frame) {
        return ((Number) frame.evaluate("() => document.body.getBoundingClientRect().height")).doubleValue();
    }

    @Test
    void the_snippet_from_the_dialog_shows_the_chart_in_another_sites_page_at_the_height_of_its_content()
            throws Exception {
        open("/" + STATE, "#network");
        page.locator("#network-export").click();
        page.locator("#network-embed").click();
        String snippet = page.locator("#embed-snippet textarea").inputValue();
        assertThat(snippet).startsWith("<iframe src=\"" + url("/embed/network" + STATE.replace("&", "&amp;")));
        assertThat(page.locator("#embed-link input").inputValue()).isEqualTo(url("/" + STATE));

        pages.put("/article", hostPage(snippet));
        page.navigate(onSite("/article"));
        Frame embed = drawnFrame("iframe[data-parley-embed]");
        assertThat(embed.locator("#title").textContent())
                .isEqualTo("Network of actors: Vladimir Putin and connections");
        // the selected actor's evidence (3 events) shows from the start, below the chart in a frame this narrow
        assertThat(embed.locator("#evidence .item-label").textContent()).isEqualTo("Vladimir Putin");
        page.waitForCondition(() -> Math.abs(frameHeight() - contentHeight(embed)) < 1.5);
        double withPutin = frameHeight();
        assertThat(withPutin).as("taller than the snippet's first 600 px").isGreaterThan(600);

        clickChartItemIn(embed, new ActorKey(ActorId.of("russia")));
        embed.locator("#evidence .item-label")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Russia"))
                .waitFor();
        page.waitForCondition(
                () -> Math.abs(frameHeight() - contentHeight(embed)) < 1.5 && Math.abs(frameHeight() - withPutin) >= 1);

        Page explorer = page.waitForPopup(() -> embed.locator("#open-in-parley").click());
        explorer.waitForURL(url("/" + STATE));
        explorer.locator("#network").waitFor();
    }

    @Test
    void another_site_may_frame_an_embed_but_not_the_explorer() {
        pages.put(
                "/framing",
                "<!DOCTYPE html><title>framing</title><iframe id=\"embed\" src=\"" + url("/embed/timeline")
                        + "\"></iframe><iframe id=\"explorer\" src=\"" + url("/") + "\"></iframe>");
        page.navigate(onSite("/framing"));
        drawnFrame("#embed");
        Frame explorer = page.waitForSelector("#explorer").contentFrame();
        // the refusal is what this test asks for: Chromium reports it in the console, which the base class checks
        page.waitForCondition(() -> cspViolations.stream().anyMatch(v -> v.contains("frame-ancestors 'self'")));
        assertThat(explorer.locator("#network").count()).isZero();
        cspViolations.clear();
    }
}
