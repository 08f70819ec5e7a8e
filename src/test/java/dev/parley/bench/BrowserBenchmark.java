package dev.parley.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.parley.testing.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser part of the benchmark: a real headless Chromium (the system's) against the running production jar.
 * Usage: {@code BrowserBenchmark <base url> <server pid> <parts dir> <peers dir> <clicks> <sessions>}.
 *
 * <p><b>Fully drawn</b> means: both ECharts instances have drawn their last full option completely (the element's
 * {@code drawn}, set on ECharts' {@code finished} event) and report a pixel position for a known item
 * ({@code #network.pixelOf(0, most connected actor)} and {@code #timeline.pixelOf(class series, 0)}), and one
 * animation frame has been painted since. An init script checks this on every animation frame and stores
 * {@code performance.now()} (milliseconds since the navigation started) when it first holds, and when Vaadin first
 * put both chart elements into the page (<b>page built</b>: what comes after it is the charts' own drawing). <b>Actor click</b>: the network element's click event for the actor (what
 * ECharts fires for a click on the node) is dispatched, and the time runs until the side panel's {@code #actor-name}
 * shows the actor's name, every Vaadin client is idle (so the highlight calls have arrived and run) and a frame has
 * been painted. Bytes are the decoded bodies of the UIDL responses in that interval (Resource Timing).
 */
public final class BrowserBenchmark {
    private static final String DRAWN_PROBE = """
            (() => {
              const cfg = %s;
              const check = () => {
                const n = document.querySelector('#network');
                const t = document.querySelector('#timeline');
                if (window.__pageBuilt === undefined && n && t) window.__pageBuilt = performance.now();
                if (window.__timelineDrawn === undefined && t && t.drawn && t.pixelOf && t.pixelOf(cfg.series, 0)) {
                  requestAnimationFrame(() => { window.__timelineDrawn = performance.now(); });
                }
                if (window.__networkDrawn === undefined && n && n.drawn && n.pixelOf && n.pixelOf(0, cfg.node)) {
                  requestAnimationFrame(() => { window.__networkDrawn = performance.now(); });
                }
                if (window.__timelineDrawn === undefined || window.__networkDrawn === undefined) {
                  requestAnimationFrame(check);
                }
              };
              performance.setResourceTimingBufferSize(100000);
              requestAnimationFrame(check);
            })();
            """;
    private static final String CLICK = """
            async ([id, name]) => {
              const idle = () => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());
              const frame = () => new Promise(r => requestAnimationFrame(() => r()));
              const t0 = performance.now();
              document.querySelector('#network').dispatchEvent(new CustomEvent('parley-chart-click',
                  {detail: {seriesId: 'network', dataType: 'node', id}}));
              while (true) {
                await frame();
                const shown = document.querySelector('#actor-name');
                if (shown && shown.textContent === name && idle()) break;
                if (performance.now() - t0 > 30000) throw new Error('no update for ' + id);
              }
              await frame();
              const elapsed = performance.now() - t0;
              const bytes = performance.getEntriesByType('resource')
                  .filter(e => e.name.includes('v-r=uidl') && e.startTime >= t0)
                  .reduce((s, e) => s + e.decodedBodySize, 0);
              return [elapsed, bytes];
            }
            """;

    /**
     * Opening a relationship: a click on "Relationship over time" in a connection of the side panel (a new state: the
     * relationship is computed and its charts drawn), until the title names the pair, every Vaadin client is idle,
     * every relationship chart inside the viewport has drawn its new option (the element's {@code drawn}, set on
     * ECharts' {@code finished}) and a frame has been painted. At 1280x800 the events by class and the event list are
     * below the fold: they are built when scrolled to, as a user would see them.
     */
    private static final String RELATIONSHIP_OPEN = """
            async ([other, title]) => {
              const idle = () => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive());
              const frame = () => new Promise(r => requestAnimationFrame(() => r()));
              // a chart in the viewport must have drawn; the one below the fold is drawn when scrolled to
              const seen = el => { const r = el.getBoundingClientRect();
                  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth; };
              const drawn = () => ['#relationship-chart', '#relationship-classes']
                  .map(id => document.querySelector(id)).every(c => !c || !seen(c) || c.drawn);
              const t0 = performance.now();
              document.querySelector(`#connections [data-action="relationship"][data-actor="${other}"]`).click();
              while (true) {
                await frame();
                const shown = document.querySelector('#relationship-title');
                if (shown && shown.textContent === title && idle() && drawn()) break;
                if (performance.now() - t0 > 30000) throw new Error('no relationship ' + title);
              }
              await frame();
              return performance.now() - t0;
            }
            """;

    /** The sum of one Resource Timing size over the page and everything it loaded. */
    static final String PAGE_BYTES = """
            size => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                .reduce((sum, e) => sum + e[size], 0)
            """;

    private static final int OPENINGS = 60; // timed openings of the busiest pair, as many as the actor clicks

    private BrowserBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        Path parts = Path.of(args[2]);
        Path peers = Path.of(args[3]);
        int clicks = Integer.parseInt(args[4]), sessions = Integer.parseInt(args[5]);
        Properties drawn = Figures.read(parts.resolve("drawn.properties"));
        String probe = DRAWN_PROBE.formatted("{\"node\":\"" + drawn.getProperty("network.node") + "\",\"item\":\""
                + drawn.getProperty("timeline.item") + "\",\"series\":" + drawn.getProperty("timeline.series") + "}");
        List<String[]> actors = Files.readAllLines(parts.resolve("click-actors.tsv")).stream()
                .map(l -> l.split("\t"))
                .toList();
        Figures f = new Figures();

        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(BrowserTest.launchOptions())) {
            f.put("heap.after_load_mb", heapMb(pid));

            // first render: the first visit builds the network on the server; later ones find it cached
            List<Double> timelineMs = new ArrayList<>();
            List<Double> networkMs = new ArrayList<>();
            List<Double> drawnMs = new ArrayList<>();
            List<Double> builtMs = new ArrayList<>();
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                BrowserContext context = newContext(browser, probe);
                Page page = context.newPage();
                page.navigate(base + "/");
                page.waitForFunction(
                        "() => window.__timelineDrawn !== undefined && window.__networkDrawn !== undefined",
                        null,
                        new Page.WaitForFunctionOptions().setTimeout(120_000));
                double t = num(page.evaluate("() => window.__timelineDrawn"));
                double n = num(page.evaluate("() => window.__networkDrawn"));
                if (i == 0) {
                    f.put("explorer.drawn_first_visit_ms", Figures.round1(Math.max(t, n)));
                    // what travels (compressed bodies and headers), and what the browser unpacks from it
                    f.put("explorer.first_visit_bytes", num(page.evaluate(PAGE_BYTES, "transferSize")));
                    f.put("explorer.first_visit_decoded_bytes", num(page.evaluate(PAGE_BYTES, "decodedBodySize")));
                } else {
                    builtMs.add(num(page.evaluate("() => window.__pageBuilt")));
                    timelineMs.add(t);
                    networkMs.add(n);
                    drawnMs.add(Math.max(t, n));
                }
                open.add(context);
            }
            Figures.spread(f, "explorer.drawn_ms", drawnMs, 1);
            f.put("explorer.timeline_drawn_ms", Figures.round1(Figures.median(timelineMs)));
            f.put("explorer.network_drawn_ms", Figures.round1(Figures.median(networkMs)));
            Figures.spread(f, "explorer.page_built_ms", builtMs, 1);
            ReturningVisitor.run(browser, base, probe, f);

            // actor clicks in one page
            Page page = open.get(open.size() - 1).pages().get(0);
            List<Double> clickMs = new ArrayList<>();
            List<Double> clickBytes = new ArrayList<>();
            for (int i = 0; i < Math.min(clicks, actors.size()); i++) {
                List<?> r = (List<?>) page.evaluate(CLICK, List.of(actors.get(i)[0], actors.get(i)[1]));
                clickMs.add(num(r.get(0)));
                clickBytes.add(num(r.get(1)));
            }
            f.put("click.count", clickMs.size());
            Figures.spread(f, "click.median_ms", clickMs, 1);
            f.put("click.p95_ms", Figures.round1(Figures.percentile(clickMs, 95)));
            f.put("click.max_ms", Figures.round1(Figures.percentile(clickMs, 100)));
            f.put("click.median_bytes", (long) Figures.median(clickBytes));
            f.put("click.p95_bytes", (long) Figures.percentile(clickBytes, 95));
            f.put("click.max_bytes", (long) Figures.percentile(clickBytes, 100));
            f.put("click.most_connected_bytes", clickBytes.get(0).longValue());

            relationships(browser, base, parts, f);

            // memory per session: open sessions up to the wanted count, each fully drawn
            for (BrowserContext c : open.subList(1, open.size())) {
                c.close();
            }
            open.subList(1, open.size()).clear();
            double oneSession = heapMb(pid);
            f.put("heap.one_session_mb", oneSession);
            for (int i = 1; i < sessions; i++) {
                BrowserContext context = newContext(browser, probe);
                Page p = context.newPage();
                p.navigate(base + "/");
                p.waitForFunction(
                        "() => window.__timelineDrawn !== undefined && window.__networkDrawn !== undefined",
                        null,
                        new Page.WaitForFunctionOptions().setTimeout(120_000));
                open.add(context);
            }
            double all = heapMb(pid);
            f.put("heap.sessions", sessions);
            f.put("heap.all_sessions_mb", all);
            f.put("heap.per_extra_session_mb", Figures.round1((all - oneSession) / (sessions - 1)));
            for (BrowserContext c : open) {
                c.close();
            }

            BreakdownBenchmark.run(browser, base, probe, CLICK, actors.get(0), parts.resolveSibling("access"), f);

            VisTimelinePeer.run(browser, base, probe, parts, peers, f);
        }
        f.write(parts.resolve("browser.properties"));
        System.out.println("browser benchmark: " + parts.resolve("browser.properties"));
    }

    /**
     * Selects the first actor of the busiest pair, opens its connections with the other actor and with its next
     * busiest partner, then opens the two relationships in turn from those rows (see {@link #RELATIONSHIP_OPEN}),
     * 61 times each; the busiest pair's openings after the first are timed (60, as many as the actor clicks, so that
     * the p95 is the third-slowest and not one garbage collection away).
     */
    private static void relationships(Browser browser, String base, Path parts, Figures f) throws IOException {
        String[] pair = Files.readString(parts.resolve("pair.tsv")).strip().split("\t");
        String busiest = pair[1];
        String runnerUp = pair[5];
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(base + "/?actor=" + pair[0]);
            for (String other : List.of(busiest, runnerUp)) {
                String row = "#connections .parley-connection[data-actor='" + other + "']";
                page.locator(row + " summary .parley-connection-facts").click();
                page.locator(row + " [data-action='relationship']").waitFor();
            }
            List<Double> openMs = new ArrayList<>();
            for (int i = 0; i <= OPENINGS; i++) {
                num(page.evaluate(RELATIONSHIP_OPEN, List.of(runnerUp, pair[2] + " and " + pair[6])));
                double ms = num(page.evaluate(RELATIONSHIP_OPEN, List.of(busiest, pair[2] + " and " + pair[3])));
                if (i > 0) {
                    openMs.add(ms);
                }
            }
            f.put("relationship.open_count", openMs.size());
            Figures.spread(f, "relationship.open_median_ms", openMs, 1);
            f.put("relationship.open_p95_ms", Figures.round1(Figures.percentile(openMs, 95)));
        }
    }

    static BrowserContext newContext(Browser browser, String probe) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(120_000);
        context.addInitScript(probe);
        return context;
    }

    static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** Heap in use after a full collection, from the JDK's {@code jcmd}. */
    static double heapMb(long pid) throws IOException, InterruptedException {
        run("jcmd", String.valueOf(pid), "GC.run");
        String info = run("jcmd", String.valueOf(pid), "GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Figures.round1(Long.parseLong(m.group(1)) / 1024.0);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }
}
