package dev.parley.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.testing.Accessibility;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.ProductionServer;
import dev.parley.testing.SignIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * axe-core's WCAG 2.1 A and AA rules ({@link Accessibility}) on every view of Parley, on the bundled, curated data:
 * the explorer as it first loads, with an actor selected and one of its connections open, on each tab, the event list
 * and the studio, in development mode; and the explorer of the production build (the committed bundle, as the jar
 * serves it) with a connection open. A test walks several states of one page (a page load costs seconds in
 * development mode) and reports the violations of all of them at once.
 *
 * <p>A new page is checked with {@link #assertAccessibleAt}: a path and what shows that it is drawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest extends BrowserTest {
    private static final String PASSWORD = "a password made up for the accessibility test";
    private static final ActorKey PUTIN = new ActorKey(ActorId.of("vladimir-putin"));

    @DynamicPropertySource
    static void curator(DynamicPropertyRegistry registry) throws IOException {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        Path drafts = Files.createTempDirectory("parley-drafts-");
        registry.add("parley.studio.drafts-dir", drafts::toString);
        registry.add("parley.curators[0].name", () -> "ana");
        registry.add("parley.curators[0].password-hash", () -> hash);
    }

    /** The violations of every state checked so far, each under the state's name. */
    private final List<String> found = new ArrayList<>();

    private void check(String state) {
        long start = System.nanoTime();
        List<Accessibility.Violation> violations = Accessibility.violations(page);
        System.out.printf("axe-core on %s: %d ms%n", state, (System.nanoTime() - start) / 1_000_000);
        if (!violations.isEmpty()) {
            found.add(state + " (" + page.url() + "):\n  "
                    + String.join(
                            "\n  ", violations.stream().map(Object::toString).toList()));
        }
    }

    private void assertNothingFound() {
        org.assertj.core.api.Assertions.assertThat(found)
                .as("axe-core's WCAG 2.1 AA violations")
                .isEmpty();
    }

    /** Opens a page, waits for {@code readySelector}, and fails on any violation axe finds there. */
    void assertAccessibleAt(String path, String readySelector) {
        open(path, readySelector);
        Accessibility.assertNoViolations(page, path);
    }

    /** Waits until the chart element has drawn an option. */
    private void drawn(String chart) {
        page.waitForFunction(
                "sel => { const c = document.querySelector(sel); const o = c && c.chart && c.chart.getOption();"
                        + " return !!(o && o.series && o.series.length); }",
                chart);
    }

    private void openTab(String label) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(label).setExact(true))
                .click();
        assertThat(page.locator("vaadin-tab[selected]")).hasText(label);
    }

    @Test
    void the_explorer_has_no_violations_at_first_load_with_an_actor_and_a_connection_open_and_on_every_tab() {
        page.setViewportSize(1400, 860);
        open("/", "#network");
        drawn("#timeline");
        chartPixel("#network", 0, PUTIN);
        check("the explorer at first load");

        clickChartItem("#network", 0, PUTIN);
        assertThat(page.locator("#actor-name")).hasText("Vladimir Putin");
        Locator trump = page.locator("#connections .parley-connection[data-actor='donald-trump']");
        assertThat(trump).isVisible();
        check("the explorer with Vladimir Putin selected");

        trump.locator(".parley-connection-facts").click();
        assertThat(trump.locator(".parley-event-card")).hasCount(EventPages.PAGE);
        check("Vladimir Putin's connection to Donald Trump open");

        trump.locator("[data-action='relationship']").click();
        assertThat(page.locator("vaadin-tab[selected]")).hasText("Relationship");
        assertThat(page.locator("#relationship-title")).hasText("Vladimir Putin and Donald Trump");
        drawn("#relationship-chart");
        check("the Relationship tab with Putin and Trump open");

        openTab("Events table");
        assertThat(page.locator("#event-table")).isVisible();
        check("the Events table tab");

        openTab("Actors table");
        assertThat(page.locator("#actor-table")).isVisible();
        check("the Actors table tab");

        openTab("Statistics");
        drawn("#stats-top-actors");
        check("the Statistics tab");

        openTab("Relationship matrix");
        drawn("#relationship-matrix");
        check("the Relationship matrix tab");

        openTab("Timeline and network");
        drawn("#network");
        check("back on the Timeline and network tab");

        assertNothingFound();
    }

    @Test
    void the_check_finds_a_control_nested_in_another_and_text_too_faint_to_read() {
        page.setContent("""
                <html lang="en"><head><title>Nested</title></head><body><main>
                <details><summary>Open <button>select</button></summary>inside</details>
                <p style="color: #bbb; background: #fff">faint</p>
                </main></body></html>
                """);
        org.assertj.core.api.Assertions.assertThat(Accessibility.violations(page))
                .extracting(Accessibility.Violation::rule)
                .containsExactlyInAnyOrder("nested-interactive", "color-contrast");
    }

    @Test
    void the_production_build_has_no_violations_with_an_actor_and_a_connection_open(@TempDir Path work)
            throws Exception {
        try (ProductionServer server = ProductionServer.start(Path.of("data"), work, Duration.ofMinutes(3))) {
            page.navigate(server.url("/?actor=vladimir-putin"));
            // a new JVM's first page, on a machine that runs other tests beside it: minutes, not seconds
            page.waitForSelector("#actor-name", new Page.WaitForSelectorOptions().setTimeout(120_000));
            assertThat(page.locator("#actor-name")).hasText("Vladimir Putin");
            Locator trump = page.locator("#connections .parley-connection[data-actor='donald-trump']");
            trump.locator(".parley-connection-facts").click();
            assertThat(trump.locator(".parley-event-card")).hasCount(EventPages.PAGE);
            drawn("#network");
            Accessibility.assertNoViolations(page, "the production build");
        }
    }

    @Test
    void an_embed_has_no_violations_with_its_evidence_open() {
        assertAccessibleAt("/embed/network?actor=vladimir-putin", "#evidence .item-label");
        assertAccessibleAt("/embed/relationship?pair=vladimir-putin,donald-trump", "#evidence .item-label");
    }

    @Test
    void the_event_list_has_no_violations() {
        assertAccessibleAt("/events", "#events");
    }

    @Test
    void the_studio_has_no_violations_signed_out_signed_in_and_in_a_new_draft() {
        open("/studio", SignIn.FORM);
        check("the sign-in form");

        SignIn.as(page, "ana", PASSWORD);
        page.locator("#new-article").waitFor();
        check("the studio's list of articles");

        page.locator("#new-article").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        page.locator("#source-url").waitFor();
        check("a new draft in the studio");

        assertNothingFound();
    }
}
