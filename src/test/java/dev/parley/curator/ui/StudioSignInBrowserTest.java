package dev.parley.curator.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.BrowserTest;
import dev.parley.testing.SignIn;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A curator's way in and out, in a real browser: a studio address opened without signing in ends on the login view
 * with nothing of the studio page; signing in leads to it; signing out leaves it, and it is closed again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class StudioSignInBrowserTest extends BrowserTest {
    private static final String PASSWORD = "a password made up for this browser test";

    @DynamicPropertySource
    static void curator(DynamicPropertyRegistry registry) {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        registry.add("parley.curators[0].name", () -> "alice");
        registry.add("parley.curators[0].password-hash", () -> hash);
    }

    private void signIn(String name, String password) {
        SignIn.as(page, name, password);
    }

    @Test
    void an_anonymous_visit_to_a_studio_page_ends_on_sign_in_and_signing_in_opens_it() {
        open("/studio/probe", SignIn.FORM);

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.content()).doesNotContain(ProbeView.SECRET);

        signIn("alice", PASSWORD);

        page.locator("#probe-secret").waitFor();
        // Spring's request cache marks the address it sends back to with "continue"
        assertThat(page).hasURL(Pattern.compile(".*/studio/probe(\\?continue)?$"));
        assertThat(page.locator("#probe-secret")).hasText(ProbeView.SECRET);
        assertThat(page.locator("#probe-curator")).hasText("signed in as alice");
    }

    @Test
    void a_wrong_password_shows_one_message_and_signing_out_closes_the_studio_again() {
        open("/login", SignIn.FORM);
        signIn("alice", "not the password");
        page.waitForURL(Pattern.compile(".*/login\\?error$"));
        page.locator(SignIn.FORM).waitFor();
        assertThat(page.locator("#sign-in-error")).containsText("The name or the password is wrong.");

        open("/studio/probe", SignIn.FORM);
        signIn("alice", PASSWORD);
        page.locator("#probe-secret").waitFor();
        page.locator("#probe-sign-out").click();

        page.waitForURL(Pattern.compile(".*/$"));
        open("/studio/probe", SignIn.FORM);
        assertThat(page.content()).doesNotContain(ProbeView.SECRET);
    }
}
