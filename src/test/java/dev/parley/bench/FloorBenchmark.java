package dev.parley.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.ProductionServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Vaadin Flow's own share of Parley's figures on this machine: {@link FloorView} (one text, one native button) served
 * in production mode with Parley's bundle and settings, in the same headless Chromium. A new visitor's page drawn
 * (as the explorer's visits, each in a new browser context, the first left out as the server's warm-up) and a round
 * trip (a click on the button until its answer is shown, every Vaadin client idle and a frame painted, as the actor
 * click). What the explorer adds to these is Parley's.
 * Usage: {@code FloorBenchmark <parts dir> <data dir> <work dir> <clicks>}.
 */
public final class FloorBenchmark {
    private static final String DRAWN_PROBE = """
            (() => {
              const check = () => {
                const text = document.getElementById('floor-text');
                if (text && text.textContent === 'ready') {
                  requestAnimationFrame(() => { window.__floorDrawn = performance.now(); });
                } else {
                  requestAnimationFrame(check);
                }
              };
              requestAnimationFrame(check);
            })();
            """;
    private static final String CLICK = """
            async (answer) => {
              const idle = () => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());
              const frame = () => new Promise(r => requestAnimationFrame(() => r()));
              const t0 = performance.now();
              document.getElementById('floor-button').click();
              while (true) {
                await frame();
                if (document.getElementById('floor-text').textContent === answer && idle()) break;
                if (performance.now() - t0 > 30000) throw new Error('no answer ' + answer);
              }
              await frame();
              return performance.now() - t0;
            }
            """;
    private static final int VISITS = 6;

    private FloorBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path parts = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        int clicks = Integer.parseInt(args[3]);
        Figures f = new Figures();
        try (ProductionServer server = ProductionServer.start(data, work, Duration.ofMinutes(3), floorClasses(work));
                Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(BrowserTest.launchOptions())) {
            List<Double> drawn = new ArrayList<>();
            Page page = null;
            for (int i = 0; i < VISITS; i++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                context.addInitScript(DRAWN_PROBE);
                page = context.newPage();
                page.navigate(server.url("/floor"));
                page.waitForFunction("() => window.__floorDrawn !== undefined");
                if (i > 0) {
                    drawn.add(BrowserBenchmark.num(page.evaluate("() => window.__floorDrawn")));
                }
            }
            Figures.spread(f, "floor.drawn_ms", drawn, 1);
            List<Double> clickMs = new ArrayList<>();
            for (int i = 1; i <= clicks; i++) {
                clickMs.add(BrowserBenchmark.num(page.evaluate(CLICK, "answer " + i)));
            }
            Figures.spread(f, "floor.click_median_ms", clickMs, 1);
            f.put("floor.click_p95_ms", Figures.round1(Figures.percentile(clickMs, 95)));
        }
        f.write(parts.resolve("floor.properties"));
        System.out.println("floor benchmark: " + parts.resolve("floor.properties"));
    }

    /** A class path root holding {@link FloorView} alone, so that no other test class joins the application. */
    private static Path floorClasses(Path work) throws Exception {
        Path compiled = Path.of(FloorView.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        String dir = FloorView.class.getPackageName().replace('.', '/');
        Path root = work.resolve("floor-classes");
        Files.createDirectories(root.resolve(dir));
        try (Stream<Path> classes = Files.list(compiled.resolve(dir))) {
            for (Path c : classes.filter(p -> p.getFileName().toString().startsWith("FloorView"))
                    .toList()) {
                Files.copy(
                        c,
                        root.resolve(dir).resolve(c.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return root;
    }
}
