package dev.parley.studio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.Fixtures;
import dev.parley.testing.SignIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The studio as a curator uses it, on a temporary copy of the small fixture data (see
 * src/test/resources/fixtures/valid) with a curator whose password hash is made when the test starts. The pasted
 * article is written for the test (src/test/resources/studio/envoy-visit.txt): it names Putin and Zelensky, who are
 * known, and Marta Kovalenko, who is not, has "on Wednesday" in an article of Friday 14 February 2025, and a quote
 * with "said Putin".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudioBrowserTest extends BrowserTest {
    private static final String PASSWORD = "a password made up for the studio's browser test";
    private static final Path DATA = Fixtures.copyToTemp("valid");

    @DynamicPropertySource
    static void curatorAndData(DynamicPropertyRegistry registry) throws IOException {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        Path drafts = Files.createTempDirectory("parley-drafts-");
        registry.add("parley.data-dir", DATA::toString);
        registry.add("parley.studio.drafts-dir", drafts::toString);
        registry.add("parley.curators[0].name", () -> "ana");
        registry.add("parley.curators[0].password-hash", () -> hash);
    }

    private void signIn() {
        open("/studio", SignIn.FORM);
        SignIn.as(page, "ana", PASSWORD);
        page.locator("#new-article").waitFor();
        assertThat(page.locator("#curator-name")).hasText("Signed in as ana");
    }

    private void newArticle(String headline) throws IOException {
        page.locator("#new-article").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        field("#source-url").fill("https://example.org/2025/02/14/envoy");
        field("#source-outlet").fill("Example Wire");
        field("#source-title").fill(headline);
        field("#source-published").fill("2025-02-14");
        page.locator("#source-text textarea")
                .fill(Files.readString(Path.of("src/test/resources/studio/envoy-visit.txt"), StandardCharsets.UTF_8));
    }

    private Locator field(String id) {
        return page.locator(id + " input");
    }

    /** Accepts a suggestion and waits until the studio has applied it (the card leaves the list). */
    private void accept(String keyPrefix) {
        Locator card = page.locator(".studio-suggestion[data-key^='" + keyPrefix + "']")
                .first();
        card.locator(".studio-accept").click();
        assertThat(page.locator(".studio-suggestion[data-key^='" + keyPrefix + "']"))
                .hasCount(0);
    }

    private void pick(String picker, String typed, String label) {
        page.locator(picker + " input").fill(typed);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first()
                .click();
        assertThat(page.locator(picker + " input")).hasValue(label);
    }

    @Test
    void a_pasted_article_with_accepted_suggestions_and_a_new_actor_is_saved_and_shown_in_the_explorer()
            throws IOException {
        signIn();
        newArticle("Envoy meets Putin in the Kremlin as talks resume");

        accept("actor:vladimir-putin");
        accept("actor:volodymyr-zelensky");
        accept("date:2025-02-12");
        assertThat(field("#event-0-date")).hasValue("2025-02-12");
        accept("quote:We are ready to talk about a ceasefire");
        assertThat(page.locator("#event-0-quote-0-speaker input")).hasValue("Vladimir Putin");
        accept("type:consult");
        accept("name:Marta Kovalenko");
        assertThat(field("#actor-0-id")).hasValue("marta-kovalenko");
        field("#event-0-title").fill("Putin meets a Ukrainian envoy");
        assertThat(field("#event-0-id")).hasValue("2025-02-12-putin-meets-a-ukrainian-envoy");
        page.locator("#event-0-add-participant").click();
        pick("#event-0-participant-2-actor", "kovalenko", "Marta Kovalenko (new)");

        assertThat(page.locator("#problems-summary")).hasText("None: the article can be saved.");
        assertThat(page.locator("#save")).isEnabled();
        page.locator("#save").click();

        assertThat(page.locator("#saved-message")).isVisible();
        page.locator("#show-in-explorer").click();
        page.locator("#event-detail-title").waitFor();
        assertThat(page.locator("#event-detail-title")).hasText("Putin meets a Ukrainian envoy");
        open("/?actor=marta-kovalenko", "#actor-name");
        assertThat(page.locator("#actor-name")).hasText("Marta Kovalenko");
    }

    @Test
    void fields_typed_within_the_pause_that_reach_the_studio_together_are_all_kept() {
        signIn();
        page.locator("#new-article").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        field("#source-outlet").fill("Example Wire");
        field("#source-title").fill("Talks resume");
        page.locator("#source-text textarea").fill("Vladimir Putin met an envoy.");

        // the click sends the three pending values and itself in one round trip
        page.locator("#add-event").click();

        page.locator("#event-0-date").waitFor();
        assertThat(page.locator("#source-counter")).hasText("28 / 1,048,576 characters");
        assertThat(page.locator("#source-text textarea")).hasValue("Vladimir Putin met an envoy.");
        assertThat(field("#source-outlet")).hasValue("Example Wire");
        assertThat(field("#source-title")).hasValue("Talks resume");
        assertThat(page.locator(".studio-suggestion[data-key^='actor:vladimir-putin']"))
                .hasCount(1);
    }

    @Test
    void saving_an_article_whose_file_changed_on_disk_shows_what_changed_and_writes_nothing() throws IOException {
        Path file = DATA.resolve("articles/2025-03-talks.yaml");
        signIn();
        page.locator(".edit-article[data-article='2025-03-talks']").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        assertThat(page.locator("#comments-warning")).isVisible();
        field("#source-title").fill("Fixture: talks over three days, edited in the studio");
        assertThat(page.locator("#save")).isEnabled();
        String other = Files.readString(file).replace("location: Jeddah", "location: Jeddah, Saudi Arabia");
        Files.writeString(file, other);

        page.locator("#save").click();

        assertThat(page.locator("#conflict-message")).isVisible();
        assertThat(page.locator("#conflict-changes")).containsText("Jeddah, Saudi Arabia");
        org.assertj.core.api.Assertions.assertThat(Files.readString(file)).isEqualTo(other);
    }

    @Test
    void markup_pasted_into_the_text_and_the_fields_is_shown_as_text_and_never_run() {
        signIn();
        page.locator("#new-article").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        String markup = "<img src=x onerror=\"window.__pwned = 1\">";
        field("#source-title").fill("Headline " + markup);
        field("#source-published").fill("2025-02-14");
        page.locator("#source-text textarea")
                .fill("Vladimir Putin met envoys " + markup + " in Moscow on Wednesday. \"Talks " + markup
                        + " went well,\" said Putin.");

        Locator card = page.locator(".studio-suggestion[data-key^='actor:vladimir-putin']");
        assertThat(card).containsText("Vladimir Putin met envoys " + markup);
        // the quotation mark inside the markup closes the quote: what is shown is the text up to it, as text
        assertThat(page.locator(".studio-suggestion[data-key^='quote:']").first())
                .containsText("Talks <img src=x onerror=");
        org.assertj.core.api.Assertions.assertThat(
                        page.locator("#studio-draft img").count())
                .isZero();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.__pwned === undefined"))
                .isEqualTo(true);
    }

    @Test
    void a_quote_that_is_not_in_the_pasted_text_is_a_problem_and_cannot_be_saved() throws IOException {
        signIn();
        newArticle("Envoy meets Putin");
        accept("actor:vladimir-putin");
        accept("date:2025-02-12");
        field("#event-0-title").fill("Putin meets an envoy");
        page.locator("#event-0-add-quote").click();
        page.locator("#event-0-quote-0-text textarea").fill("We will never negotiate with Kyiv");

        assertThat(page.locator(".studio-problem").filter(new Locator.FilterOptions().setHasText("quotes[0]")))
                .containsText("not found word for word in the pasted text");
        assertThat(page.locator("#save")).isDisabled();
    }

    @Test
    void at_phone_width_the_studio_needs_no_sideways_scrolling() throws IOException {
        page.setViewportSize(390, 844);
        signIn();
        newArticle("Envoy meets Putin");
        accept("actor:vladimir-putin");
        assertThat(page.locator("#event-0-participant-0-actor")).isVisible();

        Object fits = page.evaluate("() => [document.documentElement, ...document.querySelectorAll("
                + "'.parley-content, #studio-draft')].every(e => e.scrollWidth <= e.clientWidth)");
        org.assertj.core.api.Assertions.assertThat(fits).isEqualTo(true);
    }
}
