package dev.parley.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorKind;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.Fixtures;
import dev.parley.testing.ProductionServer;
import dev.parley.testing.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Save to visible: a curator saves a new article in the studio while a reader has the explorer open at the new
 * event's address; timed from the click on Save until the reader's explorer shows the event, with the default reload
 * interval (2 s). The production build, on a copy of the synthetic data (SYNTHETIC: the article text is made here
 * from two synthetic actors' names). Target: under 3 s. Usage: {@code StudioBenchmark <parts dir> <data dir> <work
 * dir>}.
 */
public final class StudioBenchmark {
    private static final int ROUNDS = 3;
    private static final String PASSWORD = "a password made up for the studio benchmark";

    private StudioBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path parts = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[2]));
        Path data = work.resolve("data");
        Fixtures.copyTree(Path.of(args[1]), data);
        List<Actor> people = people(new DatasetLoader().load(data).dataset().orElseThrow());
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        List<String> settings = List.of(
                "--parley.curators[0].name=bench",
                "--parley.curators[0].password-hash=" + hash,
                "--parley.studio.drafts-dir=" + work.resolve("drafts").toAbsolutePath());
        List<Double> visible = new ArrayList<>();
        List<Double> saved = new ArrayList<>();
        try (ProductionServer server = ProductionServer.start(data, work, Duration.ofMinutes(3), settings);
                Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(BrowserTest.launchOptions())) {
            Page curator = newPage(browser);
            curator.navigate(server.url("/studio"));
            curator.locator(SignIn.FORM).waitFor();
            SignIn.as(curator, "bench", PASSWORD);
            curator.locator("#new-article").waitFor();
            Page reader = newPage(browser);
            for (int round = 1; round <= ROUNDS; round++) {
                Actor a = people.get(2 * round);
                Actor b = people.get(2 * round + 1);
                String eventId = draft(curator, round, a, b);
                reader.navigate(server.url("/?event=" + eventId));
                reader.locator("parley-echarts").first().waitFor();
                long t0 = System.nanoTime();
                curator.locator("#save").click();
                curator.locator("#saved-message").waitFor();
                saved.add((System.nanoTime() - t0) / 1e6);
                reader.locator("#event-detail-title")
                        .filter(new Locator.FilterOptions().setHasText(title(round)))
                        .waitFor(new Locator.WaitForOptions()
                                .setState(WaitForSelectorState.VISIBLE)
                                .setTimeout(30_000));
                visible.add((System.nanoTime() - t0) / 1e6);
                curator.navigate(server.url("/studio"));
                curator.locator("#new-article").waitFor();
            }
        }
        Figures f = new Figures();
        Figures.spread(f, "studio.save_to_visible_ms", visible, 0);
        Figures.spread(f, "studio.save_answered_ms", saved, 0);
        f.write(parts.resolve("studio.properties"));
        System.out.println("studio benchmark: save answered " + saved + " ms, visible " + visible + " ms");
    }

    private static Page newPage(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        return context.newPage();
    }

    private static List<Actor> people(Dataset dataset) {
        return dataset.actors().stream()
                .filter(a -> a.kind() == ActorKind.PERSON)
                .toList();
    }

    private static String title(int round) {
        return "Benchmark meeting number " + round;
    }

    /** A new article with one event from accepted suggestions, ready to save; returns the event's id. */
    private static String draft(Page page, int round, Actor a, Actor b) {
        page.locator("#new-article").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        page.locator("#source-url input").fill("https://example.org/synthetic/" + round);
        page.locator("#source-outlet input").fill("Synthetic Wire");
        page.locator("#source-title input").fill("SYNTHETIC: " + title(round));
        page.locator("#source-published input").fill("2025-02-14");
        page.locator("#source-text textarea")
                .fill("SYNTHETIC text for the benchmark. On Wednesday " + a.name() + " met " + b.name()
                        + " for talks.\n\n\"We will meet again soon,\" " + a.name() + " said.");
        accept(page, "actor:" + a.id().value());
        accept(page, "actor:" + b.id().value());
        accept(page, "date:");
        accept(page, "quote:");
        accept(page, "type:consult");
        page.locator("#event-0-title input").fill(title(round));
        page.locator("#problems-summary")
                .filter(new Locator.FilterOptions().setHasText("None"))
                .waitFor();
        String id = page.locator("#event-0-id input").inputValue();
        page.locator("#save:not([disabled])").waitFor();
        return id;
    }

    private static void accept(Page page, String keyPrefix) {
        String card = ".studio-suggestion[data-key^='" + keyPrefix + "']";
        page.locator(card).first().locator(".studio-accept").click();
        page.waitForFunction("s => document.querySelectorAll(s).length === 0", card);
    }
}
