package dev.parley.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the time of three moments goes (issue 12): a <b>first visit</b> (a new browser profile, so nothing is
 * cached in the browser; the server's caches are warm), a <b>warm visit</b> (the same profile loads the explorer
 * again, its scripts from the browser's cache) and an <b>actor click</b> in that page. Each is traced in Chromium
 * ({@link TraceBreakdown}: compile, script, garbage collection, style and layout, paint) and timed in the page
 * (Resource Timing for bytes and round trips, {@code JSON.parse}, each chart's {@code setOption}, Vaadin's
 * bootstrap); each Vaadin round trip is paired with the server's own time for it from Tomcat's access log.
 *
 * <p>Tracing slows the page, so these figures explain where time goes; the timed figures of the report come from
 * untraced runs.
 */
final class BreakdownBenchmark {
    /** Installed before any script of the page: times every JSON.parse and notes when Vaadin's client is ready. */
    static final String PAGE_TIMERS = """
            (() => {
              window.__parleyJsonMs = 0;
              const parse = JSON.parse;
              JSON.parse = function (...args) {
                const start = performance.now();
                try { return parse.apply(this, args); } finally { window.__parleyJsonMs += performance.now() - start; }
              };
              const ready = () => {
                const clients = Object.values((window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {});
                if (clients.length && clients.every(c => c.isActive && !c.isActive())) {
                  window.__parleyBooted = performance.now();
                } else {
                  requestAnimationFrame(ready);
                }
              };
              requestAnimationFrame(ready);
            })();
            """;

    /** What the page measured since {@code t0}: resources, JSON parse time, bootstrap and setOption per chart. */
    private static final String COLLECT = """
            t0 => ({
              resources: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                .filter(e => e.startTime >= t0)
                .sort((a, b) => a.startTime - b.startTime)
                .map(e => [e.name, e.entryType, e.transferSize, e.decodedBodySize,
                           e.responseStart - e.requestStart, e.responseEnd - e.responseStart,
                           performance.timeOrigin + e.requestStart, e.startTime]),
              json: window.__parleyJsonMs,
              booted: window.__parleyBooted === undefined ? -1 : window.__parleyBooted,
              charts: [...document.querySelectorAll('parley-echarts')].map(c => [c.id,
                  c.optionTimes.filter(o => o.at >= t0).reduce((sum, o) => sum + o.ms, 0)])
            })
            """;

    private static final String DRAWN =
            "() => window.__timelineDrawn !== undefined && window.__networkDrawn !== undefined";

    private BreakdownBenchmark() {}

    static void run(
            Browser browser, String base, String probe, String clickScript, String[] actor, Path accessLogs, Figures f)
            throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
            context.setDefaultTimeout(120_000);
            context.addInitScript(probe);
            context.addInitScript(PAGE_TIMERS);
            Page page = context.newPage();
            for (String visit : List.of("first", "warm")) {
                int logged = serverTimes(accessLogs).size();
                browser.startTracing(page, new Browser.StartTracingOptions().setCategories(TraceBreakdown.CATEGORIES));
                page.navigate(base + "/");
                page.waitForFunction(DRAWN, null, new Page.WaitForFunctionOptions().setTimeout(120_000));
                byte[] trace = browser.stopTracing();
                double drawn = BrowserBenchmark.num(
                        page.evaluate("() => Math.max(window.__timelineDrawn, window.__networkDrawn)"));
                record(f, visit, drawn, trace, page.evaluate(COLLECT, 0), tail(accessLogs, logged));
            }
            int logged = serverTimes(accessLogs).size();
            double t0 = BrowserBenchmark.num(
                    page.evaluate("() => { window.__parleyJsonMs = 0; return performance.now(); }"));
            browser.startTracing(page, new Browser.StartTracingOptions().setCategories(TraceBreakdown.CATEGORIES));
            List<?> click = (List<?>) page.evaluate(clickScript, List.of(actor[0], actor[1]));
            byte[] trace = browser.stopTracing();
            record(
                    f,
                    "click",
                    BrowserBenchmark.num(click.get(0)),
                    trace,
                    page.evaluate(COLLECT, t0),
                    tail(accessLogs, logged));
        }
    }

    @SuppressWarnings("unchecked")
    private static void record(
            Figures f, String moment, double totalMs, byte[] trace, Object measured, List<Logged> logged) {
        String key = "breakdown." + moment + ".";
        f.put(key + "total_ms", Figures.round1(totalMs));
        TraceBreakdown.of(trace)
                .forEach((phase, ms) -> f.put(key + "main." + phase.name().toLowerCase(Locale.ROOT) + "_ms", ms));
        Map<String, Object> page = (Map<String, Object>) measured;
        f.put(key + "json_parse_ms", Figures.round1(BrowserBenchmark.num(page.get("json"))));
        double booted = BrowserBenchmark.num(page.get("booted"));
        if (!moment.equals("click") && booted >= 0) {
            f.put(key + "vaadin_ready_ms", Figures.round1(booted));
        }
        for (List<Object> chart : (List<List<Object>>) page.get("charts")) {
            f.put(key + "setoption." + chart.get(0) + "_ms", Figures.round1(BrowserBenchmark.num(chart.get(1))));
        }
        long[] bytes = new long[Kind.values().length];
        long[] decoded = new long[Kind.values().length];
        List<Logged> unmatched = new ArrayList<>(logged);
        int trip = 0;
        int options = 0;
        for (List<Object> r : (List<List<Object>>) page.get("resources")) {
            Kind kind = Kind.of((String) r.get(0), (String) r.get(1));
            bytes[kind.ordinal()] += (long) BrowserBenchmark.num(r.get(2));
            decoded[kind.ordinal()] += (long) BrowserBenchmark.num(r.get(3));
            if (kind == Kind.CHART) {
                f.put(
                        key + String.format(Locale.ROOT, "option.%02d", ++options),
                        String.format(
                                Locale.ROOT,
                                "began %.1f ms, wait %.1f ms, download %.1f ms, %d B (%d B unpacked)",
                                BrowserBenchmark.num(r.get(7)),
                                BrowserBenchmark.num(r.get(4)),
                                BrowserBenchmark.num(r.get(5)),
                                (long) BrowserBenchmark.num(r.get(2)),
                                (long) BrowserBenchmark.num(r.get(3))));
            }
            if (kind == Kind.VAADIN) {
                // the access log lists requests as they end, so each is found by when it began
                double sent = BrowserBenchmark.num(r.get(6));
                Logged server = unmatched.stream()
                        .min(Comparator.comparingDouble(l -> Math.abs(l.beganEpochMs() - sent)))
                        .orElse(null);
                unmatched.remove(server);
                f.put(
                        key + String.format(Locale.ROOT, "trip.%02d", ++trip),
                        String.format(
                                Locale.ROOT,
                                "server %s, wait %.1f ms, download %.1f ms, %d B (%d B unpacked)",
                                server == null ? "?" : server.ms() + " ms",
                                BrowserBenchmark.num(r.get(4)),
                                BrowserBenchmark.num(r.get(5)),
                                (long) BrowserBenchmark.num(r.get(2)),
                                (long) BrowserBenchmark.num(r.get(3))));
            }
        }
        for (Kind k : Kind.values()) {
            f.put(
                    key + "bytes." + k.name().toLowerCase(Locale.ROOT),
                    bytes[k.ordinal()] + " B (" + decoded[k.ordinal()] + " B unpacked)");
        }
    }

    /** What a resource is, for the bytes per kind. */
    enum Kind {
        PAGE,
        SCRIPT,
        STYLE,
        VAADIN,
        /** A large chart option at its own address (OptionFiles). */
        CHART,
        OTHER;

        static Kind of(String url, String entryType) {
            if (entryType.equals("navigation")) {
                return PAGE;
            }
            if (url.contains("v-r=uidl") || url.contains("v-r=init")) {
                return VAADIN;
            }
            String path = url.replaceFirst("[?#].*$", "");
            if (path.contains("/chart-options/")) {
                return CHART;
            }
            return path.endsWith(".js") ? SCRIPT : path.endsWith(".css") ? STYLE : OTHER;
        }
    }

    /** A Vaadin round trip in Tomcat's access log: when the server began it (epoch ms) and how long it took. */
    record Logged(double beganEpochMs, double ms) {}

    /** The Vaadin round trips logged after the first {@code skip} of them. */
    private static List<Logged> tail(Path accessLogs, int skip) throws IOException {
        List<Logged> all = serverTimes(accessLogs);
        return all.subList(Math.min(skip, all.size()), all.size());
    }

    /**
     * Every Vaadin round trip (UIDL or init request) in Tomcat's access log, in the order logged: lines of
     * {@code bench/run}'s pattern {@code %{begin:msec}t %r %s %b %{ms}T}.
     */
    static List<Logged> serverTimes(Path accessLogs) throws IOException {
        if (!Files.isDirectory(accessLogs)) {
            return List.of();
        }
        List<Logged> trips = new ArrayList<>();
        try (Stream<Path> files = Files.list(accessLogs)) {
            for (Path log : files.sorted().toList()) {
                for (String line : Files.readAllLines(log)) {
                    if (line.contains("v-r=uidl") || line.contains("v-r=init")) {
                        trips.add(new Logged(
                                Double.parseDouble(line.substring(0, line.indexOf(' '))),
                                Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
                    }
                }
            }
        }
        return trips;
    }
}
