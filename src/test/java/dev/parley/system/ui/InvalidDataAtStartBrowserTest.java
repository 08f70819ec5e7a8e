package dev.parley.system.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.parley.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/broken/unknown-actor")
class InvalidDataAtStartBrowserTest extends BrowserTest {

    @Test
    void invalid_data_at_start_shows_a_page_listing_the_problems_not_a_stack_trace() {
        open("/events", ".parley-problems");
        var banner = page.locator(".parley-problems");
        assertThat(banner).containsText("No valid data has been loaded yet");
        assertThat(banner).containsText("The data files have 2 problems.");
        assertThat(banner.locator("li").first()).containsText("a-call.yaml:");
        assertThat(banner.locator("li").first()).containsText("unknown actor");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(page.locator("#event-count")).hasText("0 events");
    }
}
