package dev.parley.deploy;

import dev.parley.testing.ExplorerClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The readers of a soak, through HAProxy: each alternates an explorer visit and an embed read, at most one of the two
 * per {@code pace} (a reader's pace, not a wait for anything).
 *
 * <ul>
 *   <li><b>explorer</b>: the page at an actor's address, then the explorer view built for it in the reader's Vaadin
 *       session ({@link ExplorerClient}: bootstrap, navigate), then the UI closed as a browser does on unload;</li>
 *   <li><b>embed</b>: the embedded network and timeline of an actor, as a newsroom's page loads them, and the oEmbed
 *       description an editor's tool asks for.</li>
 * </ul>
 *
 * Each reader keeps its session for the whole run, so the sessions' memory stays constant and the heap after a full
 * collection can only grow by a leak: views not let go, old datasets kept after reloads, caches without bounds.
 */
final class SoakTraffic implements AutoCloseable {
    static final String EXPLORER_VIEW = "explorer view";
    static final String EMBED = "embed";
    private static final List<String> ACTORS = List.of(
            "united-states",
            "russia",
            "volodymyr-zelenskyy",
            "donald-trump",
            "vladimir-putin",
            "steve-witkoff",
            "marco-rubio");

    private final Cluster cluster;
    private final Latencies latencies;
    private final Duration pace;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Thread> readers = new ArrayList<>();

    private SoakTraffic(Cluster cluster, Latencies latencies, Duration pace) {
        this.cluster = cluster;
        this.latencies = latencies;
        this.pace = pace;
    }

    static SoakTraffic start(Cluster cluster, Latencies latencies, int readers, Duration pace) {
        SoakTraffic traffic = new SoakTraffic(cluster, latencies, pace);
        for (int i = 0; i < readers; i++) {
            int reader = i;
            traffic.readers.add(Thread.ofVirtual().name("reader-" + i).start(() -> traffic.read(reader)));
        }
        return traffic;
    }

    private void read(int reader) {
        ExplorerClient client = new ExplorerClient(cluster::url);
        for (int round = 0; !stopped.get(); round++) {
            long next = System.nanoTime() + pace.toNanos();
            String actor = ACTORS.get((reader + round / 2) % ACTORS.size());
            if ((reader + round) % 2 == 0) {
                visitExplorer(client, actor);
            } else {
                readEmbeds(client, actor);
            }
            if (!Browsing.restUntil(next, stopped)) {
                return;
            }
        }
    }

    private void visitExplorer(ExplorerClient client, String actor) {
        get(client, "explorer page", "/?actor=" + actor);
        long start = System.nanoTime();
        try {
            ExplorerClient.View view = client.open("actor=" + actor);
            if (view.built()) {
                latencies.served(EXPLORER_VIEW, start);
            } else {
                latencies.failed(EXPLORER_VIEW, start, view.summary());
            }
            long closing = System.nanoTime();
            client.close(view);
            latencies.served("explorer closed", closing);
        } catch (Exception e) {
            latencies.failed(EXPLORER_VIEW, start, e.toString());
        }
    }

    private void readEmbeds(ExplorerClient client, String actor) {
        get(client, EMBED, "/embed/network?actor=" + actor);
        get(client, EMBED, "/embed/timeline?actor=" + actor);
        get(
                client,
                "oembed",
                "/oembed?url=" + URLEncoder.encode(cluster.url("/?actor=" + actor), StandardCharsets.UTF_8));
    }

    private void get(ExplorerClient client, String kind, String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.get(path);
            if (response.statusCode() == 200) {
                latencies.served(kind, start);
            } else {
                latencies.failed(
                        kind,
                        start,
                        response.statusCode() + " " + path + " from "
                                + response.headers().firstValue("X-Parley-Node").orElse("HAProxy"));
            }
        } catch (Exception e) {
            latencies.failed(kind, start, e + " " + path);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        for (Thread reader : readers) {
            reader.join(Duration.ofSeconds(60));
        }
    }
}
