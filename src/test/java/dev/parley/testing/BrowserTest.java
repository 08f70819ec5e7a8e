package dev.parley.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.web.SecurityHeadersFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Value;

/**
 * Base of the browser tests: a real headless Chromium (the system's, never a downloaded one) driving the app
 * that the Spring test started on a random port. Each test gets a fresh page without cookies; a failing test
 * leaves a screenshot under {@code target/browser-screenshots/}. Every test also fails when Chromium refuses
 * something under the Content-Security-Policy, or when a response from Parley carries any policy other than
 * {@link SecurityHeadersFilter#CONTENT_SECURITY_POLICY}: so the policy the browser enforced during the journey is
 * the app's, and it blocked nothing the app needs.
 *
 * <p>Vaadin's development tools (Copilot) are switched off for every Spring test, in
 * {@code src/test/resources/config/application.properties}: in development mode they float over the page and can catch
 * a click meant for the app. Put no {@code @TestPropertySource} here: a subclass with the same {@code @SpringBootTest}
 * properties as a Spring test without a browser then shares its app (Spring's context cache).
 */
public abstract class BrowserTest {
    private static Playwright playwright;
    private static Browser browser;

    @Value("${local.server.port}")
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private String testName;

    @BeforeAll
    static void launchChromium() {
        // CI machines have 2 cores and the app runs in development mode: give pages time, not seconds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(launchOptions());
    }

    /** The system's Chromium, headless, without the background work that would add noise to a test. */
    public static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions()
                .setExecutablePath(SystemChromium.path())
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage"));
    }

    @AfterAll
    static void closeChromium() {
        shared = null;
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * One browser context per test class, and a new page with no cookies (so a new Vaadin session) per test. With a
     * context of its own, every test fetched the whole development bundle again: a page's load event came after 1.5 s
     * instead of 1.1 s. The app keeps nothing in the browser's storage; its state is in the address and the session.
     */
    private static BrowserContext shared;

    /** The running test's list, for the context's binding, which outlives a test. */
    private static volatile List<String> currentViolations;

    private static BrowserContext sharedContext() {
        if (shared == null) {
            shared = browser.newContext(
                    new Browser.NewContextOptions().setViewportSize(1280, 800).setAcceptDownloads(true));
            shared.setDefaultTimeout(20_000);
            // the DOM event catches every refusal, including an eval whose EvalError the page catches itself; the
            // attribute lets open() stop at once instead of waiting minutes for a view that a refusal broke
            shared.exposeBinding("__parleyCspViolation", (source, args) -> {
                currentViolations.add(String.valueOf(args[0]));
                return null;
            });
            shared.addInitScript("""
                    document.addEventListener('securitypolicyviolation', e => {
                      document.documentElement.setAttribute('data-csp-violation', '');
                      window.__parleyCspViolation(e.effectiveDirective + ' refused ' + e.blockedURI + ' at '
                          + e.sourceFile + ':' + e.lineNumber);
                    }, true);
                    """);
        }
        return shared;
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("x");
        cspViolations.clear();
        wrongPolicies.clear();
        currentViolations = cspViolations;
        context = sharedContext();
        context.clearCookies();
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        page.onResponse(response -> {
            if (response.url().startsWith(url("/"))) {
                String policy = response.allHeaders().get("content-security-policy");
                String expected = response.url().startsWith(url(SecurityHeadersFilter.EMBED_PATH))
                        ? SecurityHeadersFilter.EMBED_POLICY + "; frame-ancestors *"
                        : SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
                if (!expected.equals(policy)) {
                    wrongPolicies.add(response.status() + " " + response.url() + ": " + policy);
                }
            }
        });
    }

    /**
     * Chromium refusing something under the Content-Security-Policy (the {@code securitypolicyviolation} event and
     * the console message): must stay empty. A test that provokes a refusal on purpose clears it.
     */
    protected final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Responses from Parley whose Content-Security-Policy is not the app's: must stay empty. */
    private final List<String> wrongPolicies = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Notes whether the test failed, before {@link #closePage} runs: a full-page screenshot takes a few hundred
     * milliseconds on these machines, and is only worth it for a test to look into.
     */
    @RegisterExtension
    final AfterTestExecutionCallback failureWatch =
            extension -> failed = extension.getExecutionException().isPresent();

    private boolean failed;

    @AfterEach
    void closePage() throws Exception {
        if (failed) {
            Path dir = Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(testName + ".png"))
                    .setFullPage(true));
        }
        for (Page open : context.pages()) {
            open.close();
        }
        if (!cspViolations.isEmpty()) {
            throw new AssertionError("the Content-Security-Policy blocked something the app needs: " + cspViolations);
        }
        if (!wrongPolicies.isEmpty()) {
            throw new AssertionError("responses without the app's Content-Security-Policy: " + wrongPolicies);
        }
    }

    /** Where a chart item (node, event) is drawn, relative to the chart element, or fails if it is not. */
    @SuppressWarnings("unchecked")
    protected List<Double> chartPixel(String chart, int seriesIndex, ChartKey key) {
        String id = ChartKeyCodec.encode(key);
        page.locator(chart).scrollIntoViewIfNeeded();
        page.waitForFunction(
                "([sel, series, id]) => { const c = document.querySelector(sel);"
                        + " return !!(c && c.pixelOf && c.pixelOf(series, id)); }",
                List.of(chart, seriesIndex, id));
        List<Number> xy = (List<Number>) page.evaluate(
                "([sel, series, id]) => document.querySelector(sel).pixelOf(series, id)",
                List.of(chart, seriesIndex, id));
        return List.of(xy.get(0).doubleValue(), xy.get(1).doubleValue());
    }

    /**
     * Clicks a chart item drawn in {@code frame} (a page's main frame, or an embed's frame inside a page): the
     * published and embedded pages have one chart, {@code #chart}, in series 0.
     */
    protected static void clickChartItemIn(com.microsoft.playwright.Frame frame, ChartKey key) {
        String id = ChartKeyCodec.encode(key);
        frame.waitForFunction(
                "id => { const c = document.querySelector('#chart'); return !!(c.pixelOf && c.pixelOf(0, id)); }", id);
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) frame.evaluate("id => document.querySelector('#chart').pixelOf(0, id)", id);
        var box = frame.locator("#chart").boundingBox();
        frame.page()
                .mouse()
                .click(box.x + xy.get(0).doubleValue(), box.y + xy.get(1).doubleValue());
    }

    protected void clickChartItem(String chart, int seriesIndex, ChartKey key) {
        List<Double> xy = chartPixel(chart, seriesIndex, key);
        var box = page.locator(chart).boundingBox();
        page.mouse().click(box.x + xy.get(0), box.y + xy.get(1));
    }

    protected void hoverChartItem(String chart, int seriesIndex, ChartKey key) {
        List<Double> xy = chartPixel(chart, seriesIndex, key);
        var box = page.locator(chart).boundingBox();
        page.mouse().move(box.x + xy.get(0) - 3, box.y + xy.get(1) - 3);
        page.mouse()
                .move(
                        box.x + xy.get(0),
                        box.y + xy.get(1),
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
    }

    /**
     * Picks an option of a Vaadin select by its label, as a user does: open, click, closed. The overlay is rendered
     * inside the select, so a click that lands while the previous overlay is still animating closed hits that
     * overlay (Playwright sees the select as the target) and opens nothing: wait for the select to be at rest first.
     */
    protected void choose(String select, String label) {
        Locator atRest = page.locator(select + ":not([opened]):not([opening]):not([closing])");
        atRest.waitFor();
        page.locator(select).click();
        page.locator(select + "[opened]:not([opening])").waitFor();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(label))
                .click();
        atRest.waitFor();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Opens a path and waits until Vaadin has rendered the view (dev mode answers with a spinner page first).
     */
    protected void open(String path, String readySelector) {
        page.navigate(url(path));
        // the first page of a run may wait for Vaadin to rebuild its development bundle (the page reloads itself)
        page.waitForSelector(
                readySelector + ", html[data-csp-violation]",
                new Page.WaitForSelectorOptions().setTimeout(FIRST_RENDER_MS));
        if (page.locator("html[data-csp-violation]").count() > 0) {
            page.waitForCondition(() -> !cspViolations.isEmpty());
            throw new AssertionError("the Content-Security-Policy blocked the view: " + cspViolations);
        }
    }

    private static final double FIRST_RENDER_MS = 5 * 60_000;
}
