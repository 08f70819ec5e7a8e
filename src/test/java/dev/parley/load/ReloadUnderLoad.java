package dev.parley.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.parley.dataset.DatasetService;
import dev.parley.testing.ExplorerClient;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reload-under-load run of docs/reliability.md, not part of {@code verify} (its name does not end in Test):
 *
 * <pre>./mvnw test -Dtest=ReloadUnderLoad [-Dparley.load.browsers=6] [-Dparley.load.clients=44]
 *     [-Dparley.load.seconds=60]</pre>
 *
 * Sessions click through the explorer (pausing {@code parley.load.think-ms}, default 1000, between clicks) while an editor thread rewrites {@code actors.yaml} in place every 700 ms:
 * two valid edits, then an invalid one. Every valid edit writes one version number into an actor's name,
 * alias and description; an invalid edit writes the marker {@code v999999} and an unknown actor kind. Sessions are
 * real Chromium pages ({@code browsers}, spread over two Chromium processes) and simulated Vaadin clients
 * ({@code clients}: each its own HTTP session that bootstraps the explorer UI, which renders the whole view on the
 * server, as a browser's first request does). Every observation must show a single version (never a mix), never
 * the invalid marker, and no session may see an error. It prints throughput and latency.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"parley.reload-interval=200ms", "logging.level.dev.parley.dataset=warn"})
class ReloadUnderLoad {
    private static final Path DATA = copyOfFixture();
    private static final Pattern VERSION = Pattern.compile("(?:Donald Trump|Fixture version|Trump) v(\\d+)");
    private static final String INVALID_MARKER = "999999";
    /** A person's pause between clicks; without it the simulated clients starve the real browsers on 2 cores. */
    private static final long THINK_MS = Long.getLong("parley.load.think-ms", 1000);

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("parley.data-dir", DATA::toString);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    DatasetService datasets;

    private final int browsers = Integer.getInteger("parley.load.browsers", 6);
    private final int clients = Integer.getInteger("parley.load.clients", 44);
    private final int seconds = Integer.getInteger("parley.load.seconds", 60);

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Set<String> validVersions = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger validEdits = new AtomicInteger();
    private final AtomicInteger invalidEdits = new AtomicInteger();
    private final AtomicInteger reloadsHeard = new AtomicInteger();
    private final AtomicInteger lostClicks = new AtomicInteger();

    @Test
    void sessions_see_one_whole_dataset_at_a_time_while_the_data_changes() throws Exception {
        validVersions.add("0");
        datasets.addListener(state -> reloadsHeard.incrementAndGet());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().name("client-" + i).start(this::simulatedClient));
        }
        int browserThreads = Math.min(2, browsers);
        for (int t = 0; t < browserThreads; t++) {
            int pages = browsers / browserThreads + (t < browsers % browserThreads ? 1 : 0);
            threads.add(Thread.ofPlatform().name("browser-" + t).start(() -> browserSessions(pages)));
        }
        Thread.sleep(15_000); // let the browsers start and load once before the editing begins
        long start = System.nanoTime();
        Thread editor = Thread.ofPlatform().name("editor").start(this::editor);
        Thread.sleep(seconds * 1000L);
        running.set(false);
        editor.join();
        for (Thread t : threads) {
            t.join(120_000);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;

        report(elapsed);
        assertThat(errors).as("session errors and mixed or invalid views").isEmpty();
        assertThat(validEdits.get()).isGreaterThan(10);
        assertThat(versionsSeen.size()).as("versions the sessions saw").isGreaterThan(3);
    }

    private void editor() {
        Path actors = DATA.resolve("actors.yaml");
        try {
            String original = Files.readString(Path.of("src/test/resources/fixtures/valid/actors.yaml"));
            for (int n = 1; running.get(); n++) {
                if (n % 3 == 0) {
                    Files.writeString(actors, version(original, INVALID_MARKER).replace("kind: person", "kind: persn"));
                    invalidEdits.incrementAndGet();
                } else {
                    validVersions.add(String.valueOf(n));
                    Files.writeString(actors, version(original, String.valueOf(n)));
                    validEdits.incrementAndGet();
                }
                Thread.sleep(700);
            }
            Files.writeString(actors, version(original, "0"));
        } catch (IOException e) {
            errors.add("editor: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String version(String actorsYaml, String v) {
        return actorsYaml
                .replace("name: Donald Trump", "name: Donald Trump v" + v)
                .replace("aliases: [Trump,", "aliases: [Trump v" + v + ",")
                .replace("description: Test fixture actor.", "description: Fixture version v" + v);
    }

    /** Checks that a view shows exactly one version, a valid one; returns it. */
    private void check(String who, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = VERSION.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        if (found.size() != 1) {
            errors.add(who + ": " + (found.isEmpty() ? "no version shown" : "mixed versions " + found));
        } else if (!validVersions.contains(found.iterator().next())) {
            errors.add(who + ": shows the rejected edit " + found);
        } else {
            versionsSeen.add(found.iterator().next());
        }
    }

    private void time(String what, long startNanos) {
        latencies
                .computeIfAbsent(what, k -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - startNanos) / 1_000_000);
    }

    /**
     * A simulated Vaadin client ({@link ExplorerClient}): bootstrap a UI, navigate it to the explorer with an actor
     * selected, read the answer, then close the UI as a browser does on unload.
     */
    private void simulatedClient() {
        ExplorerClient client = new ExplorerClient(path -> "http://localhost:" + port + path);
        String name = Thread.currentThread().getName();
        try {
            client.get("/");
            while (running.get()) {
                long start = System.nanoTime();
                ExplorerClient.View view = client.open("actor=donald-trump");
                if (view.uiId().isEmpty()) {
                    errors.add(name + ": no UI from init");
                    continue;
                }
                time("client: explorer view built (init + navigate)", start);
                if (!view.built()) {
                    errors.add(name + ": navigate answered " + view.summary());
                } else {
                    check(name, view.body());
                }
                client.close(view);
                Thread.sleep(THINK_MS);
            }
        } catch (IOException e) {
            errors.add(name + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The side panel's text nodes joined with a separator (so "v4" next to "1 event" cannot read "v41"). */
    private static final String READ_ACTOR_PANEL = "() => { const p = document.querySelector('#actor-panel');"
            + " const err = document.querySelector('.v-system-error');"
            + " const parts = err ? ['SYSTEM ERROR ' + err.textContent] : [];"
            + " if (p) { const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);"
            + " while (w.nextNode()) { parts.push(w.currentNode.data); } }"
            + " return parts.join(' | '); }";

    /** One thread, one Chromium, several pages visited in turn (Playwright objects belong to one thread). */
    private void browserSessions(int pages) {
        String thread = Thread.currentThread().getName();
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(
                                    Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--no-first-run",
                                    "--disable-background-networking")));
            List<Page> open = new ArrayList<>();
            for (int i = 0; i < pages; i++) {
                BrowserContext context = browser.newContext();
                context.setDefaultTimeout(60_000);
                Page page = context.newPage();
                String who = thread + "-page-" + i;
                page.onPageError(e -> errors.add(who + ": page error " + e));
                page.onResponse(r -> {
                    if (r.status() >= 500) {
                        errors.add(who + ": HTTP " + r.status() + " " + r.url());
                    }
                });
                page.onDialog(d -> errors.add(who + ": dialog " + d.message()));
                open.add(page);
            }
            for (int round = 0; running.get(); round++) {
                for (int i = 0; i < open.size() && running.get(); i++) {
                    try {
                        step(open.get(i), thread + "-page-" + i, round);
                    } catch (com.microsoft.playwright.PlaywrightException e) {
                        Page failed = open.get(i);
                        failed.screenshot(new Page.ScreenshotOptions()
                                .setPath(Path.of(
                                        "target",
                                        "load-failures",
                                        thread + "-page-" + i + "-round-" + round + ".png")));
                        errors.add(thread + "-page-" + i + " at " + failed.url() + " showing '"
                                + failed.evaluate("() => document.querySelector('#actor-name')?.textContent") + "'");
                        errors.add(thread + "-page-" + i + ": step " + round % 3 + " failed: "
                                + e.getMessage()
                                        .lines()
                                        .filter(l -> l.contains("message="))
                                        .findFirst()
                                        .orElse(e.getMessage()
                                                .lines()
                                                .findFirst()
                                                .orElse("")));
                    }
                }
            }
            browser.close();
        } catch (RuntimeException e) {
            if (running.get()) {
                errors.add(thread + ": " + e.getMessage());
            }
        }
    }

    /** A step: re-read the view a reload may have pushed, then click on through the explorer. */
    private void step(Page page, String who, int round) {
        if (round > 0) {
            check(who + " (pushed)", (String) page.evaluate(READ_ACTOR_PANEL));
        }
        long start = System.nanoTime();
        boolean toOther = round % 3 == 1;
        String arrived = toOther
                ? "() => { const n = document.querySelector('#actor-name');"
                        + " return n && !n.textContent.startsWith('Donald Trump'); }"
                : "() => { const n = document.querySelector('#actor-name');"
                        + " return n && n.textContent.startsWith('Donald Trump'); }";
        if (round % 3 == 0) {
            page.navigate("http://localhost:" + port + "/?actor=donald-trump");
            page.waitForFunction(arrived);
            time("browser: page load to explorer shown", start);
        } else {
            com.microsoft.playwright.Locator target = page.locator("#actor-panel .parley-connection-actor");
            target = toOther
                    ? target.first()
                    : target.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Donald Trump"))
                            .first();
            target.click();
            try {
                page.waitForFunction(arrived, null, new Page.WaitForFunctionOptions().setTimeout(10_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                // the panel was replaced by a reload as the click landed: the click went to a removed button
                lostClicks.incrementAndGet();
                target.click();
                page.waitForFunction(arrived);
            }
            time(toOther ? "browser: click to another actor" : "browser: click back to Donald Trump", start);
        }
        check(who, (String) page.evaluate(READ_ACTOR_PANEL));
    }

    private void report(double elapsed) {
        StringBuilder s = new StringBuilder("\n=== Reload under load: ")
                .append(browsers)
                .append(" browser pages + ")
                .append(clients)
                .append(" simulated clients, ")
                .append(String.format("%.0f", elapsed))
                .append(" s of editing ===\n");
        s.append("edits: ")
                .append(validEdits)
                .append(" valid, ")
                .append(invalidEdits)
                .append(" invalid; reloads heard: ")
                .append(reloadsHeard)
                .append("; distinct versions seen by sessions: ")
                .append(versionsSeen.size())
                .append("; browser clicks lost to a re-render and repeated: ")
                .append(lostClicks)
                .append('\n');
        latencies.forEach((what, list) -> {
            List<Long> sorted = new ArrayList<>(list);
            Collections.sort(sorted);
            s.append(String.format(
                    "%-42s n=%5d  %5.1f/s  p50=%4d ms  p95=%4d ms  max=%5d ms%n",
                    what, sorted.size(), sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 95), sorted.getLast()));
        });
        s.append("errors: ").append(errors.size()).append('\n');
        Map<String, Long> kinds = new java.util.TreeMap<>(errors.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        e -> e.replaceFirst("^[a-z]+-\\d+(-page-\\d+)?", "<session>"),
                        java.util.stream.Collectors.counting())));
        kinds.forEach(
                (kind, n) -> s.append("  ").append(n).append(" x ").append(kind).append('\n'));
        System.out.println(s);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static Path copyOfFixture() {
        try {
            Path target = Fixtures.copyToTemp("valid");
            Path actors = target.resolve("actors.yaml");
            Files.writeString(actors, version(Files.readString(actors), "0"));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
