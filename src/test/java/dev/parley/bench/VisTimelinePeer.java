package dev.parley.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The timeline's peer: vis-timeline from npm (installed by {@code bench/run} into {@code target/bench-peers}) on a
 * static page with the same events, served by the JDK's HTTP server, measured interleaved with Parley's timeline.
 */
final class VisTimelinePeer {
    /** Parley-then-peer pairs of the interleaved comparison. */
    private static final int PEER_PAIRS = 5;

    /**
     * The same events in vis-timeline, grouped by class like Parley's default lanes, drawn once the first 'changed'
     * event (vis-timeline's "redrawn") has fired and a frame has been painted.
     */
    private static final String VIS_PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <link rel="stylesheet" href="node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
            <script src="node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
            </head><body style="margin:0"><div id="tl" style="height:360px"></div><script>
            fetch('vis-events.json').then(r => r.json()).then(events => {
              const groups = [...new Set(events.map(e => e.group))].map(g => ({id: g, content: g}));
              const timeline = new vis.Timeline(document.getElementById('tl'), new vis.DataSet(events),
                  new vis.DataSet(groups), {height: '360px'});
              timeline.once('changed', () => requestAnimationFrame(() => { window.__visDrawn = performance.now(); }));
            });
            </script></body></html>
            """;

    private VisTimelinePeer() {}

    static void run(Browser browser, String base, String probe, Path parts, Path peers, Figures f) throws IOException {
        Path vis = peers.resolve("node_modules/vis-timeline");
        if (Files.isDirectory(vis)) {
            Files.copy(
                    parts.resolve("vis-events.json"),
                    peers.resolve("vis-events.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(peers.resolve("vis.html"), VIS_PAGE);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                Path file = peers.resolve(exchange.getRequestURI().getPath().substring(1))
                        .normalize();
                byte[] body =
                        file.startsWith(peers) && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
                String name = file.toString();
                exchange.getResponseHeaders()
                        .add(
                                "Content-Type",
                                name.endsWith(".html")
                                        ? "text/html"
                                        : name.endsWith(".js")
                                                ? "text/javascript"
                                                : name.endsWith(".css") ? "text/css" : "application/json");
                exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            try {
                // interleaved, Parley then the peer, so that a machine slowing down weighs on both alike
                List<Double> parleyMs = new ArrayList<>();
                List<Double> visMs = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < PEER_PAIRS; i++) {
                    try (BrowserContext context = BrowserBenchmark.newContext(browser, probe)) {
                        Page p = context.newPage();
                        p.navigate(base + "/");
                        p.waitForFunction("() => window.__timelineDrawn !== undefined");
                        parleyMs.add(BrowserBenchmark.num(p.evaluate("() => window.__timelineDrawn")));
                    }
                    try (BrowserContext context =
                            browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                        Page p = context.newPage();
                        p.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/vis.html");
                        p.waitForFunction(
                                "() => window.__visDrawn !== undefined",
                                null,
                                new Page.WaitForFunctionOptions().setTimeout(300_000));
                        visMs.add(BrowserBenchmark.num(p.evaluate("() => window.__visDrawn")));
                    }
                    ratios.add(parleyMs.getLast() / visMs.getLast());
                }
                f.put("peer.vis_timeline_drawn_ms", Figures.round1(Figures.median(visMs)));
                f.put("peer.parley_timeline_drawn_ms", Figures.round1(Figures.median(parleyMs)));
                Figures.spread(f, "peer.timeline_ratio", ratios, 3);
            } finally {
                server.stop(0);
            }
        } else {
            f.put("peer.vis_timeline_drawn_ms", "missing");
        }
    }
}
