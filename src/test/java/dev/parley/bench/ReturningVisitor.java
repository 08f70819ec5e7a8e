package dev.parley.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * A visitor who comes back: the same browser profile, so its cache holds the scripts and the chart options (kept a
 * year under names that change with their content), but no session (cookies cleared, as the next day). One visit
 * fills the cache; the next three are timed as the explorer's other visits (fully drawn, see {@link BrowserBenchmark}).
 */
final class ReturningVisitor {
    private static final int VISITS = 4;

    private ReturningVisitor() {}

    static void run(Browser browser, String base, String probe, Figures f) {
        List<Double> drawn = new ArrayList<>();
        try (BrowserContext context = BrowserBenchmark.newContext(browser, probe)) {
            Page page = context.newPage();
            for (int i = 0; i < VISITS; i++) {
                context.clearCookies();
                page.navigate(base + "/");
                page.waitForFunction(
                        "() => window.__timelineDrawn !== undefined && window.__networkDrawn !== undefined");
                if (i > 0) {
                    drawn.add(BrowserBenchmark.num(
                            page.evaluate("() => Math.max(window.__timelineDrawn, window.__networkDrawn)")));
                }
            }
        }
        Figures.spread(f, "explorer.drawn_returning_ms", drawn, 1);
    }
}
