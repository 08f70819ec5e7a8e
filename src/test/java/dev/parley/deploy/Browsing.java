package dev.parley.deploy;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Simulated readers browsing through HAProxy, each an HTTP client with its own cookies (so its own Vaadin session on
 * one node): an explorer page load (the page, then Vaadin's start request, which builds the explorer for the address
 * in a session), an embed of the same state, its oEmbed description and an icon, then the next actor. Each client
 * goes round at most once per {@link #PACE} (a reader's pace, not a wait for anything), and stops after
 * {@link #MAX_ROUNDS} rounds or when told.
 *
 * <p>A failure is any answer other than 200 or any exception. A session that the reader loses because its node went
 * away is not a failure: the next page load makes a new one on another node (counted apart, {@link #newSessions}).
 */
final class Browsing implements AutoCloseable {
    static final Duration PACE = Duration.ofMillis(1500);
    static final int MAX_ROUNDS = 400;
    private static final List<String> ACTORS =
            List.of("united-states", "russia", "volodymyr-zelensky", "donald-trump", "vladimir-putin");

    private final Cluster cluster;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger newSessions = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Set<String> nodesSeen = ConcurrentHashMap.newKeySet();
    private final List<Thread> clients = new ArrayList<>();
    private final int[] roundsByClient;

    private Browsing(Cluster cluster, int count) {
        this.cluster = cluster;
        this.roundsByClient = new int[count];
    }

    static Browsing start(Cluster cluster, int count) {
        Browsing browsing = new Browsing(cluster, count);
        for (int i = 0; i < count; i++) {
            int client = i;
            browsing.clients.add(Thread.ofVirtual().name("reader-" + i).start(() -> browsing.browse(client)));
        }
        return browsing;
    }

    private void browse(int client) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String session = null;
        for (int round = 0; round < MAX_ROUNDS && !stopped.get(); round++) {
            long next = System.nanoTime() + PACE.toNanos();
            String actor = ACTORS.get((client + round) % ACTORS.size());
            String query = "?actor=" + actor;
            get(http, "/" + query);
            get(http, "/?v-r=init&location=&query=" + URLEncoder.encode("actor=" + actor, StandardCharsets.UTF_8));
            get(http, "/embed/network" + query);
            get(http, "/oembed?url=" + URLEncoder.encode(cluster.url("/" + query), StandardCharsets.UTF_8));
            get(http, "/icons/parley.svg");
            String now = cookie(cookies, "JSESSIONID");
            if (session != null && !session.equals(now)) {
                newSessions.incrementAndGet();
            }
            session = now;
            synchronized (roundsByClient) {
                roundsByClient[client]++;
            }
            rounds.incrementAndGet();
            if (!restUntil(next, stopped)) {
                return;
            }
        }
    }

    /**
     * A reader's rest until {@code next} (a pace, not a wait for anything); at once when stopped. Whether the reader
     * goes on: not when its thread was interrupted.
     */
    static boolean restUntil(long next, AtomicBoolean stopped) {
        long left = next - System.nanoTime();
        if (left > 0 && !stopped.get()) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                return false;
            }
        }
        return true;
    }

    private void get(HttpClient http, String path) {
        requests.incrementAndGet();
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(cluster.url(path)))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            response.headers().firstValue("X-Parley-Node").ifPresent(nodesSeen::add);
            if (response.statusCode() != 200) {
                failures.add(response.statusCode() + " " + path + " from "
                        + response.headers().firstValue("X-Parley-Node").orElse("HAProxy"));
            }
        } catch (Exception e) {
            failures.add(e + " " + path);
        }
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Rounds completed by all clients so far. */
    int rounds() {
        return rounds.get();
    }

    int requests() {
        return requests.get();
    }

    /** The fewest rounds any client has completed. */
    int fewestRoundsOfAClient() {
        synchronized (roundsByClient) {
            return java.util.Arrays.stream(roundsByClient).min().orElse(0);
        }
    }

    int newSessions() {
        return newSessions.get();
    }

    List<String> failures() {
        return failures;
    }

    Set<String> nodesSeen() {
        return nodesSeen;
    }

    /** Waits until {@code condition} holds, polling, or fails after {@code timeout} saying what it waited for. */
    static void await(String what, IntSupplier value, int atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (value.getAsInt() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        what + ": " + value.getAsInt() + " after " + timeout + ", expected at least " + atLeast);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped.set(true);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(60));
        }
    }
}
