package dev.parley.studio.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.parley.studio.ArticleEntry;
import dev.parley.testing.BrowserTest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Enters article files through a running Parley's studio, in a headless Chromium, as a curator would type them
 * (see {@link StudioTypist} and docs/curation.md, "Entering articles with a script"). Prints one line per article:
 * saved (with the files the studio wrote, and whether the saved file is the one its writer makes of the input) or
 * refused (with the studio's problems and the address of the draft it kept), and the time each took.
 *
 * <pre>
 * EnterArticles BASE_URL [--curator NAME] [--texts DIR] [--data DIR] [--new-actors FILE] [--save-wait SECONDS]
 *               ARTICLE.yaml...
 * </pre>
 *
 * The password is read from the environment variable {@code PARLEY_CURATOR_PASSWORD}. {@code --texts}: where the
 * pasted texts are, one {@code <article-id>.txt} per article (default {@code texts}). {@code --data}:
 * the running Parley's data directory (default {@code data}): its {@code actors.yaml} says which actors are known,
 * and the saved files are compared with the input there. {@code --new-actors}: actors in the format of
 * {@code actors.yaml} to enter through the new-actor form when an article names them and the data does not have
 * them yet. Exits with 1 when an article was not saved, 2 on wrong arguments.
 */
public final class EnterArticles {
    static final String PASSWORD_VARIABLE = "PARLEY_CURATOR_PASSWORD";

    private EnterArticles() {}

    record Options(
            String baseUrl,
            String curator,
            Path texts,
            Path data,
            Optional<Path> newActors,
            Duration saveWait,
            List<Path> articles) {
        static Options parse(String... args) {
            String baseUrl = null;
            String curator = null;
            Path texts = Path.of("texts");
            Path data = Path.of("data");
            Optional<Path> newActors = Optional.empty();
            Duration saveWait = Duration.ofSeconds(30);
            List<Path> articles = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--curator" -> curator = value;
                        case "--texts" -> texts = Path.of(value);
                        case "--data" -> data = Path.of(value);
                        case "--new-actors" -> newActors = Optional.of(Path.of(value));
                        case "--save-wait" -> saveWait = Duration.ofSeconds(Long.parseLong(value));
                        default -> throw new IllegalArgumentException("unknown option " + arg);
                    }
                } else if (baseUrl == null) {
                    baseUrl = arg;
                } else {
                    articles.add(Path.of(arg));
                }
            }
            if (baseUrl == null || !baseUrl.matches("https?://.+")) {
                throw new IllegalArgumentException(
                        "the first argument is Parley's address, such as" + " http://localhost:8080");
            }
            if (curator == null || curator.isBlank()) {
                throw new IllegalArgumentException("--curator NAME is needed");
            }
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("no article file given");
            }
            return new Options(baseUrl, curator, texts, data, newActors, saveWait, articles);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: EnterArticles BASE_URL --curator NAME [--texts DIR] [--data DIR]"
                    + " [--new-actors FILE] [--save-wait SECONDS] ARTICLE.yaml...   (password in "
                    + PASSWORD_VARIABLE + ")");
            System.exit(2);
            return;
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            System.err.println("set " + PASSWORD_VARIABLE + " to the curator's password");
            System.exit(2);
            return;
        }
        System.exit(run(options, password, System.out) == options.articles().size() ? 0 : 1);
    }

    /** Enters every article; returns how many were saved. */
    static int run(Options options, String password, PrintStream out) throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        int saved = 0;
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(BrowserTest.launchOptions())) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            StudioTypist typist = new StudioTypist(page, options.baseUrl(), options.saveWait());
            typist.signIn(options.curator(), password);
            for (Path file : options.articles()) {
                long start = System.nanoTime();
                String line;
                try {
                    ArticleEntry entry = ArticleEntry.read(file, options.data(), options.newActors());
                    String id = entry.article().id();
                    String text = Files.readString(options.texts().resolve(id + ".txt"));
                    StudioTypist.Saved done = typist.enter(entry, text);
                    saved++;
                    line = "saved    " + id + " (" + seconds(start) + "): " + done.files() + check(options, entry)
                            + done.notes().stream()
                                    .map(n -> "\n         note: " + n)
                                    .reduce("", String::concat);
                } catch (EntryRefused refused) {
                    line = "refused  " + file.getFileName() + " (" + seconds(start) + "): " + refused.getMessage();
                } catch (RuntimeException | IOException e) {
                    line = "failed   " + file.getFileName() + " (" + seconds(start) + "): " + e;
                }
                out.println(line);
                out.flush();
            }
        }
        return saved;
    }

    /** Whether the file the studio wrote is the one its writer makes of the input (when the data is at hand). */
    private static String check(Options options, ArticleEntry entry) throws IOException {
        Path written = options.data().resolve("articles/" + entry.article().id() + ".yaml");
        if (!Files.exists(written)) {
            return " (not compared: " + written + " is not here)";
        }
        return Files.readString(written).equals(entry.expectedFile())
                ? " (the file holds every field as given)"
                : " (WARNING: the file differs from the input; compare " + written + ")";
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }
}
