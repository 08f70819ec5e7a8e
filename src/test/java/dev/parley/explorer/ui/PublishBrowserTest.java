package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.testing.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A published chart is one file that works on its own: opened from disk with the network cut off, it draws the chart
 * and shows an actor's evidence on a click, and asks for nothing outside itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class PublishBrowserTest extends BrowserTest {

    /** Publishes the chart whose export menu is {@code menu}, and keeps the file under target/published/. */
    private Path publish(String menu, String publish) throws Exception {
        page.locator("#" + menu + "-export").click();
        Download download = page.waitForDownload(
                () -> page.locator("#" + publish + "-publish").click());
        assertThat(download.suggestedFilename()).endsWith(".html");
        Path kept = Path.of("target", "published", download.suggestedFilename()).toAbsolutePath();
        Files.createDirectories(kept.getParent());
        download.saveAs(kept);
        return kept;
    }

    /** Opens {@code file} in a new context cut off from the network; fails if it asks for anything outside itself. */
    private void openOffline(Path file, Consumer<Page> check) {
        Browser browser = page.context().browser();
        try (BrowserContext offline = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            offline.setOffline(true);
            List<String> outside = new CopyOnWriteArrayList<>();
            offline.route("**/*", route -> {
                String url = route.request().url();
                if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) {
                    route.resume();
                } else {
                    outside.add(url);
                    route.abort();
                }
            });
            List<String> errors = new CopyOnWriteArrayList<>();
            Page viewer = offline.newPage();
            viewer.onPageError(errors::add);
            viewer.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    errors.add(m.text());
                }
            });
            viewer.navigate(file.toUri().toString());
            // drawn: the element has its chart and the chart has finished its first frame
            viewer.waitForFunction("() => { const c = document.querySelector('#chart'); return !!(c && c.chart); }");

            check.accept(viewer);

            assertThat(outside).as("requests that left the file").isEmpty();
            assertThat(errors)
                    .as("errors and CSP refusals in the published page")
                    .isEmpty();
        }
    }

    @Test
    void a_published_network_opened_offline_from_disk_shows_an_actors_evidence_and_asks_for_nothing() throws Exception {
        open("/?from=2025-01-01", "#network");
        chartPixel("#network", 0, new ActorKey(ActorId.of("vladimir-putin")));
        Path file = publish("network", "network");
        assertThat(Files.size(file)).isLessThan(2_000_000);

        openOffline(file, viewer -> {
            assertThat(viewer.locator("#title").textContent()).startsWith("Network of actors (node size:");
            assertThat(viewer.locator("#footnote").textContent()).startsWith("Source: 5 events from 2 articles");
            clickChartItemIn(viewer.mainFrame(), new ActorKey(ActorId.of("vladimir-putin")));

            viewer.locator("#evidence .item-label").waitFor();
            assertThat(viewer.locator("#evidence .item-label").textContent()).isEqualTo("Vladimir Putin");
            assertThat(viewer.locator("#evidence .event-title").allTextContents())
                    .contains("Trump and Putin speak by phone", "New sanctions on Russian banks");
            assertThat(viewer.locator("#evidence .quote-text").allTextContents())
                    .contains("“We agreed to work together, very closely.”");
            assertThat(viewer.locator("#evidence .quote-speaker").allTextContents())
                    .contains("— Donald Trump");
            assertThat(viewer.locator("#evidence a.source-link").first().getAttribute("href"))
                    .isEqualTo("https://example.org/2025/02/12/phone-call");
        });
    }

    @Test
    void a_published_relationship_opens_with_the_pairs_events_beside_it() throws Exception {
        open("/?pair=vladimir-putin,donald-trump", "#relationship-chart");
        Path file = publish("relationship-chart", "relationship");

        openOffline(file, viewer -> {
            assertThat(viewer.locator("#title").textContent())
                    .isEqualTo("Relationship over time: Vladimir Putin and Donald Trump");
            assertThat(viewer.locator("#evidence .item-label").textContent())
                    .isEqualTo("Donald Trump – Vladimir Putin");
            assertThat(viewer.locator("#evidence .event-title").allTextContents())
                    .contains("Trump and Putin speak by phone");
        });
    }

    @Test
    void a_published_timeline_opens_with_the_selected_events_evidence() throws Exception {
        open("/?event=fixture-phone-call", "#timeline");
        Path file = publish("timeline", "timeline");

        openOffline(file, viewer -> {
            assertThat(viewer.locator("#title").textContent()).isEqualTo("Timeline of diplomatic events");
            assertThat(viewer.locator("#evidence .item-label").textContent())
                    .isEqualTo("Trump and Putin speak by phone");
            assertThat(viewer.locator("#evidence .quote-text").allTextContents())
                    .containsExactly("“We agreed to work together, very closely.”");
        });
    }
}
