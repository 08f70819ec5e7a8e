package dev.parley.dataset.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.parley.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class EventListBrowserTest extends BrowserTest {

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void the_start_page_lists_every_event_in_time_order() {
        open("/events", "#events");
        assertThat(page.locator("#event-count")).hasText("8 events");
        List<String> titlesInTimeOrder = List.of(
                "The United States accuses Russia", // 2022, year precision
                "Russia invades", // 24 February 2022
                "Aid package announced", // January 2023
                "Trump and Putin speak by phone", // 12 February 2025
                "Zelensky comments on the call", // 12 February 2025, same day: by id
                "Zelensky asks for air defence", // March 2025
                "Delegations meet for three days of talks",
                "New sanctions on Russian banks");
        double previousY = -1;
        for (String title : titlesInTimeOrder) {
            double y = cell(title).boundingBox().y;
            assertThat(y).as(title).isGreaterThan(previousY);
            previousY = y;
        }
    }

    @Test
    void dates_are_shown_with_the_precision_the_source_gives() {
        open("/events", "#events");
        assertThat(cell("2022")).isVisible();
        assertThat(cell("January 2023")).isVisible();
        assertThat(cell("March 2025")).isVisible();
        assertThat(cell("24 February 2022")).isVisible();
        assertThat(cell("11 March 2025 – 13 March 2025")).isVisible();
    }

    @Test
    void opening_an_event_shows_its_verbatim_quote_and_a_safe_source_link() {
        open("/events", "#events");
        cell("Trump and Putin speak by phone").click();
        Locator details = page.locator(".parley-event-details");
        assertThat(details.locator(".parley-quote")).containsText("“We agreed to work together, very closely.”");
        assertThat(details.locator(".parley-quote-speaker")).hasText(" — Donald Trump");
        Locator link = details.locator("a.parley-source-link");
        assertThat(link).hasAttribute("href", "https://example.org/2025/02/12/phone-call");
        assertThat(link).hasAttribute("target", "_blank");
        assertThat(link).hasAttribute("rel", "noopener noreferrer");
        assertThat(details).containsText("published 12 February 2025");
    }

    @Test
    void the_participants_read_as_who_acted_towards_whom() {
        open("/events", "#events");
        assertThat(cell("United States → Russia; mentions Vladimir Putin")).isVisible();
    }

    @Test
    void the_filter_narrows_the_list_and_says_how_many_are_shown() {
        open("/events", "#events");
        page.locator("vaadin-text-field input").fill("sanction");
        assertThat(page.locator("#event-count")).hasText("1 of 8 events");
        assertThat(page.locator("#events").evaluate("grid => grid.size")).isEqualTo(1);
        // the grid keeps the cells of hidden rows in the DOM: the first match is the one shown row
        assertThat(cell("New sanctions on Russian banks").first()).isVisible();
    }
}
