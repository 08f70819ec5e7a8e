package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.ProductionBundle;
import dev.parley.testing.ProductionServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's budget for a first visit, held in every build: the production build, on the benchmark's synthetic data
 * (10,000 events, 2,000 actors), drawn in a fresh headless Chromium, transfers less than 1.5 MB, and every text
 * response of any size travels compressed. Counted as {@code bench/run} counts it: the transferred size of the page
 * and of everything it loaded (Resource Timing), until both charts have drawn and Vaadin is idle.
 */
class ProductionFirstVisitBrowserTest {
    private static final double BUDGET_BYTES = 1_500_000;
    private static final String DRAWN = """
            () => ['#timeline', '#network'].every(id => document.querySelector(id)?.drawn)
                && window.Vaadin?.Flow && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())
            """;
    /** Responses over Tomcat's 2 KB threshold whose body travelled as it is decoded, apart from binary formats. */
    private static final String UNCOMPRESSED = """
            () => performance.getEntriesByType('resource')
                .filter(e => e.decodedBodySize > 2048 && e.encodedBodySize >= e.decodedBodySize)
                .filter(e => !/\\.(woff2?|png|jpe?g|webp|ico)(\\?|$)/.test(e.name))
                .map(e => e.name + ' ' + e.decodedBodySize + ' B')
            """;

    @TempDir
    Path work;

    @Test
    void the_committed_production_bundle_was_built_from_the_frontend_as_it_is_now() throws Exception {
        assertThat(ProductionBundle.staleFiles())
                .as("frontend files changed since " + ProductionBundle.FILE + " was built: run ./mvnw -Pproduction "
                        + "package -DskipTests (bench/run does) and commit the new bundle")
                .isEmpty();
    }

    @Test
    void
            the_first_visit_to_the_production_build_on_ten_thousand_events_travels_compressed_in_under_one_and_a_half_megabytes()
                    throws Exception {
        Path data = work.resolve("data");
        SyntheticData.write(new SyntheticData.Size(10_000, 2_000, 500, 42), data);
        try (ProductionServer server = ProductionServer.start(data, work, Duration.ofMinutes(3));
                Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(BrowserTest.launchOptions())) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))
                    .newPage();
            page.navigate(server.url("/"));
            page.waitForFunction(DRAWN, null, new Page.WaitForFunctionOptions().setTimeout(120_000));

            double transferred = ((Number) page.evaluate(BrowserBenchmark.PAGE_BYTES, "transferSize")).doubleValue();
            double decoded = ((Number) page.evaluate(BrowserBenchmark.PAGE_BYTES, "decodedBodySize")).doubleValue();
            Object optionFiles = page.evaluate(
                    "() => performance.getEntriesByType('resource').filter(e => e.name.includes('/chart-options/'))"
                            + ".map(e => e.transferSize)");

            System.out.printf(
                    "first visit of the production build: %,.0f B transferred, %,.0f B unpacked%n",
                    transferred, decoded);
            assertThat(server.log()).contains("Vaadin is running in production mode");
            assertThat((List<?>) optionFiles)
                    .as("the network's option (over 64 KB) was fetched from its own address and counted")
                    .isNotEmpty();
            assertThat((List<?>) page.evaluate(UNCOMPRESSED))
                    .as("text that travelled uncompressed")
                    .isEmpty();
            assertThat(decoded).as("bytes the browser unpacked").isGreaterThan(3 * transferred);
            assertThat(transferred).as("bytes transferred by the first visit").isLessThan(BUDGET_BYTES);
        }
    }
}
