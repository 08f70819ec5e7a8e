package dev.parley.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.parley.actor.Actor;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.ProductionServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds ({@code /embed/...}, docs/sharing.md) on the production build: how soon a new reader sees the chart drawn,
 * what the first visit transfers, and 1,000 readers arriving at once (simulated clients on loopback, at most
 * {@value #IN_FLIGHT} requests in flight, each reader loading a page and its script and then revalidating the page),
 * with the server's heap after them. The server runs with {@code -Xmx1g} ({@link ProductionServer}), so "within
 * 1 GB" is the server's own limit. Usage: {@code EmbedBenchmark <parts dir> <data dir> <work dir> <label>}; the
 * figures go to {@code embed-<label>.properties} under {@code embed.<label>.}.
 */
public final class EmbedBenchmark {
    static final int READERS = 1_000;
    static final int IN_FLIGHT = 100;
    private static final int VISITS = 3;
    /** Per frame: the chart element has an ECharts instance with shapes in its display list, i.e. drawn. */
    private static final String DRAWN_PROBE = """
            (() => {
              const tick = () => {
                const c = document.querySelector('#chart');
                if (c && c.chart && c.chart.getZr().storage.getDisplayList().length > 0) {
                  window.__parleyDrawn = performance.now();
                } else {
                  requestAnimationFrame(tick);
                }
              };
              requestAnimationFrame(tick);
            })();
            """;

    private EmbedBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path parts = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        String label = args[3];
        String p = "embed." + label + ".";
        Figures f = new Figures();
        List<String> addresses =
                addresses(new DatasetLoader().load(data).dataset().orElseThrow());
        try (ProductionServer server = ProductionServer.start(data, work, Duration.ofMinutes(3));
                Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(BrowserTest.launchOptions())) {
            // each page once, so the figures are a new reader's on a running server, as for the explorer
            visit(browser, server.url("/embed/network"));
            visit(browser, server.url("/embed/timeline"));
            for (String chart : List.of("network", "timeline")) {
                List<Double> drawn = new ArrayList<>();
                List<Double> bytes = new ArrayList<>();
                for (int i = 0; i < VISITS; i++) {
                    double[] visit = visit(browser, server.url("/embed/" + chart));
                    drawn.add(visit[0]);
                    bytes.add(visit[1]);
                }
                Figures.spread(f, p + chart + ".drawn_ms", drawn, 1);
                f.put(p + chart + ".first_visit_bytes", Math.round(Figures.median(bytes)));
            }
            f.put(p + "heap_before_mb", BrowserBenchmark.heapMb(server.pid()));
            readers(server, addresses, f, p);
            f.put(p + "heap_after_mb", BrowserBenchmark.heapMb(server.pid()));
        }
        f.write(parts.resolve("embed-" + label + ".properties"));
    }

    /** A new reader (a new browser context, nothing cached): ms until drawn, and bytes transferred. */
    private static double[] visit(Browser browser, String url) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(800, 600))) {
            context.addInitScript(DRAWN_PROBE);
            Page page = context.newPage();
            page.navigate(url);
            page.waitForFunction("() => window.__parleyDrawn !== undefined");
            double drawn = BrowserBenchmark.num(page.evaluate("() => window.__parleyDrawn"));
            double bytes = BrowserBenchmark.num(page.evaluate(BrowserBenchmark.PAGE_BYTES, "transferSize"));
            return new double[] {drawn, bytes};
        }
    }

    /** The embeds the readers ask for: the network and timeline at all time and at each of the busiest actors. */
    private static List<String> addresses(Dataset dataset) {
        List<String> out = new ArrayList<>(List.of("/embed/network", "/embed/timeline"));
        dataset.actors().stream()
                .sorted(Comparator.comparingInt(
                                (Actor a) -> dataset.eventsOf(a.id()).size())
                        .reversed())
                .limit(9)
                .forEach(a -> {
                    out.add("/embed/network?actor=" + a.id().value());
                    out.add("/embed/timeline?actor=" + a.id().value());
                });
        return out;
    }

    private static void readers(ProductionServer server, List<String> addresses, Figures f, String p) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        ConcurrentLinkedQueue<Double> pageMs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger cookies = new AtomicInteger();
        AtomicInteger revalidated = new AtomicInteger();
        String script = scriptOf(http, server.url("/embed/network"));
        long t0 = System.nanoTime();
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int r = 0; r < READERS; r++) {
                String url = server.url(addresses.get(r % addresses.size()));
                readers.submit(() -> {
                    try {
                        HttpResponse<byte[]> page = send(http, inFlight, url, null, pageMs);
                        cookies.addAndGet(page.headers().allValues("Set-Cookie").size());
                        check(page, 200, url, errors);
                        check(send(http, inFlight, server.url(script), null, null), 200, script, errors);
                        String etag = page.headers().firstValue("ETag").orElse("none");
                        HttpResponse<byte[]> again = send(http, inFlight, url, etag, null);
                        if (again.statusCode() == 304) {
                            revalidated.incrementAndGet();
                        }
                        check(again, 304, url + " again", errors);
                    } catch (Exception e) {
                        errors.add(url + ": " + e);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Double> ms = new ArrayList<>(pageMs);
        f.put(p + "readers", READERS)
                .put(p + "readers_seconds", Figures.round1(seconds))
                .put(p + "readers_errors", errors.size())
                .put(p + "readers_sessions", cookies.get())
                .put(p + "readers_revalidated", revalidated.get())
                .put(p + "readers_page_median_ms", Figures.round1(Figures.median(ms)))
                .put(p + "readers_page_p95_ms", Figures.round1(Figures.percentile(ms, 95)));
        if (!errors.isEmpty()) {
            f.put(p + "readers_first_error", errors.peek());
        }
        ((ExecutorService) http.executor().orElseThrow()).shutdown();
        ((ExecutorService) http.executor().orElseThrow()).awaitTermination(10, TimeUnit.SECONDS);
    }

    private static HttpResponse<byte[]> send(
            HttpClient http, Semaphore inFlight, String url, String etag, ConcurrentLinkedQueue<Double> times)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        inFlight.acquire();
        try {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (times != null) {
                times.add((System.nanoTime() - t) / 1e6);
            }
            return response;
        } finally {
            inFlight.release();
        }
    }

    private static void check(
            HttpResponse<byte[]> response, int expected, String what, ConcurrentLinkedQueue<String> errors) {
        if (response.statusCode() != expected) {
            errors.add(what + ": " + response.statusCode() + " instead of " + expected);
        }
    }

    private static String scriptOf(HttpClient http, String page) throws Exception {
        String html = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        var m = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("the embed page names no script: " + page);
        }
        return m.group(1);
    }
}
