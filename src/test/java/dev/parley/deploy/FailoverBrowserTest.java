package dev.parley.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Cookie;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.deploy.Cluster.Node;
import dev.parley.testing.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Parley nodes in production mode behind HAProxy with {@code deploy/haproxy.cfg}, on loopback (see
 * {@link Cluster}), started once for both tests: a node start costs seconds. Each test starts with both nodes up. The
 * rolling restart runs first, so the failover's killed node is the last start the class needs. Skipped, saying why,
 * where HAProxy is not installed; {@code .ci/run} installs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverBrowserTest extends BrowserTest {
    private static final Path DATA = Path.of("src/test/resources/fixtures/valid");
    /** What deploy/haproxy.cfg sends to any node, without the session's cookie. */
    private static final Pattern SHARED = Pattern.compile(
            "/(embed/|VAADIN/build/|VAADIN/static/|icons/|images/|oembed|styles\\.css|print\\.css|lumo/|favicon).*");

    @TempDir
    static Path work;

    private static Cluster cluster;

    private static final String NO_HAPROXY = "skipped: HAProxy is not installed (Debian: apt-get install haproxy, as"
            + " .ci/run does), or set PARLEY_HAPROXY to its executable";

    @BeforeAll
    static void startCluster() throws Exception {
        if (Cluster.haproxyExecutable().isEmpty()) {
            System.out.println("FailoverBrowserTest " + NO_HAPROXY);
            return; // each test then reports itself skipped, with the reason
        }
        long start = System.nanoTime();
        cluster = Cluster.start(work, DATA, 2);
        System.out.printf("two nodes and HAProxy up in %.1f s%n", seconds(start));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void everyNodeUp() throws Exception {
        assumeTrue(cluster != null, NO_HAPROXY);
        cluster.startMissingNodes();
    }

    /** Every page of these tests goes through HAProxy (and the base class checks its responses' policy). */
    @Override
    protected String url(String path) {
        return cluster.url(path);
    }

    @Test
    @Order(1)
    void restarting_the_nodes_one_at_a_time_fails_no_request_of_forty_readers_browsing_through_haproxy()
            throws Exception {
        long start = System.nanoTime();
        try (Browsing readers = Browsing.start(cluster, 40)) {
            Browsing.await("rounds of the slowest reader", readers::fewestRoundsOfAClient, 1, Duration.ofMinutes(1));
            for (Node node : cluster.nodes()) {
                long stop = System.nanoTime();
                node.server.terminate();
                String draining = awaitHealth(node, 503);
                assertThat(draining)
                        .as("%s out of service while it drains", node)
                        .contains("\"readinessState\":{\"status\":\"OUT_OF_SERVICE\"");
                cluster.awaitStatus(node, status -> status.startsWith("DOWN"), Cluster.DRAIN);
                assertThat(node.server.isAlive())
                        .as("%s still running (draining) when HAProxy took it out", node)
                        .isTrue();
                assertThat(node.server.awaitExit(Duration.ofSeconds(45)))
                        .as("%s stopped", node)
                        .isTrue();
                assertThat(node.server.exitValue())
                        .as("%s's exit code after SIGTERM", node)
                        .isIn(0, 143);
                double stopped = seconds(stop);
                cluster.restart(node);
                int rounds = readers.rounds();
                Browsing.await(
                        "rounds after " + node + " came back", readers::rounds, rounds + 40, Duration.ofMinutes(1));
                System.out.printf(
                        "%s: stopped (drain included) in %.1f s, back in HAProxy %.1f s later%n",
                        node, stopped, seconds(stop) - stopped);
            }
            readers.close();
            System.out.printf(
                    "rolling restart: %d requests by 40 readers in %.1f s, %d sessions made again on another node,"
                            + " served by %s%n",
                    readers.requests(), seconds(start), readers.newSessions(), readers.nodesSeen());
            assertThat(readers.failures()).as("failed requests").isEmpty();
            assertThat(readers.nodesSeen()).containsExactlyInAnyOrder("node1", "node2");
            assertThat(readers.newSessions())
                    .as("readers whose node went away (a new session on the other node)")
                    .isPositive();
        }
    }

    @Test
    @Order(2)
    void
            when_the_node_holding_the_session_dies_the_next_action_lands_on_the_other_node_and_the_page_comes_back_at_the_same_state()
                    throws Exception {
        open("/", "#network");
        clickChartItem("#network", 0, actor("united-states"));
        assertThat(page.locator("#actor-name")).hasText("United States");
        List<Double> us = chartPixel("#network", 0, actor("united-states"));
        List<Double> russia = chartPixel("#network", 0, actor("russia"));
        var box = page.locator("#network").boundingBox();
        page.mouse().click(box.x + (us.get(0) + russia.get(0)) / 2, box.y + (us.get(1) + russia.get(1)) / 2);
        assertThat(page.locator("#connection-panel h3")).hasText("Russia — United States");
        page.locator("#connection-relationship").click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]pair=united-states(,|%2C)russia(&.*|$)"));
        assertThat(page.locator("#relationship-title")).isVisible();
        String title = page.locator("#relationship-title").textContent();
        String address = page.url();

        Node holding = cluster.node(nodeCookie());
        Node other =
                cluster.nodes().stream().filter(n -> n != holding).findFirst().orElseThrow();
        page.evaluate("() => window.__beforeFailover = true");
        List<String> answers = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            // what the session's node answers (the page, Vaadin's requests, push); static files come from any node
            // or from the browser's cache, which repeats the header of the node that first sent them
            if (response.url().startsWith(cluster.url("/"))
                    && !SHARED.matcher(response.url().substring(cluster.url("").length()))
                            .matches()) {
                answers.add(response.headerValue("x-parley-node") + " " + response.status() + " " + response.url());
            }
        });

        holding.server.kill();
        long killed = System.nanoTime();
        // the next action, at once: open the events of another connection (a request to the server; nothing in the
        // address). Dispatched rather than clicked: Playwright would wait while Vaadin shows that it is reconnecting
        page.locator("#connections .parley-connection[data-actor='volodymyr-zelensky'] .parley-connection-facts")
                .dispatchEvent("click");

        awaitPage(
                "(title) => !window.__beforeFailover"
                        + " && document.querySelector('#actor-name')?.textContent === 'United States'"
                        + " && document.querySelector('#relationship-title')?.textContent === title",
                title,
                killed + Duration.ofSeconds(5).toNanos(),
                answers);
        System.out.printf(
                "%s killed; the page was back at its address on %s %.1f s later%n", holding, other, seconds(killed));
        assertThat(page.url()).as("the address").isEqualTo(address);
        assertThat(answers).as("answers after the kill").isNotEmpty().allMatch(a -> a.startsWith(other.name + " "));
        assertThat(nodeCookie()).as("the session's node now").isEqualTo(other.name);
    }

    private String nodeCookie() {
        return context.cookies(cluster.url("/")).stream()
                .filter(c -> c.name.equals("PARLEY_NODE"))
                .map((Cookie c) -> c.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("HAProxy set no PARLEY_NODE cookie"));
    }

    /** Polls the page (which may be reloading) until {@code condition} holds, or fails at {@code deadline}. */
    private void awaitPage(String condition, Object arg, long deadline, List<String> answers) {
        while (true) {
            try {
                if (Boolean.TRUE.equals(page.evaluate(condition, arg))) {
                    // seen when the answer came back: on a loaded machine, after the deadline although asked before it
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the page came back only after the deadline, at " + page.url());
                    }
                    return;
                }
            } catch (PlaywrightException navigating) {
                // the page is being replaced: ask the new one
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not come back in time at " + page.url()
                        + "; reloaded: " + page.evaluate("() => !window.__beforeFailover")
                        + "; answers since the kill:\n"
                        + String.join("\n", answers));
            }
            page.waitForTimeout(50);
        }
    }

    /** Polls the node's own health (not through HAProxy) until it answers {@code status}; its body. */
    private static String awaitHealth(Node node, int status) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Cluster.DRAIN.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(URI.create(node.directUrl("/actuator/health")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == status) {
                    return health.body();
                }
                last = health.statusCode() + " " + health.body();
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(node + "'s health did not answer " + status + " while draining; last: " + last);
    }

    private static ActorKey actor(String id) {
        return new ActorKey(ActorId.of(id));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
