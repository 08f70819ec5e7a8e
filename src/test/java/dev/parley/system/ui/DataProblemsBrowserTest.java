package dev.parley.system.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.parley.testing.BrowserTest;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Edits the data directory under a running app: a valid edit shows up in an open page without a reload, an
 * invalid edit shows a located problem in a banner while the last good data stays on screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parley.reload-interval=300ms")
class DataProblemsBrowserTest extends BrowserTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        Fixtures.copyTree(Path.of("src/test/resources/fixtures/valid"), dataDir);
        registry.add("parley.data-dir", dataDir::toString);
    }

    private void replaceInTalks(String from, String to) throws IOException {
        Path file = dataDir.resolve("articles/2025-03-talks.yaml");
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException("fixture lacks " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void edits_reach_an_open_page_and_an_invalid_edit_keeps_the_last_good_data() throws IOException {
        open("/events", "#events");
        var banner = page.locator(".parley-problems");
        assertThat(banner).isHidden();

        replaceInTalks("New sanctions on Russian banks", "New sanctions on Russian oil firms");
        assertThat(page.getByText("New sanctions on Russian oil firms")).isVisible();

        replaceInTalks("actor: russia\n        role: recipient", "actor: rusia\n        role: recipient");
        assertThat(banner).isVisible();
        assertThat(banner).containsText("The data files have 1 problem.");
        assertThat(banner)
                .containsText("2025-03-talks.yaml:36:16: events[2].participants[1].actor: "
                        + "unknown actor 'rusia' (did you mean 'russia'?)");
        assertThat(banner).containsText("Parley keeps showing the last valid data");
        assertThat(page.getByText("New sanctions on Russian oil firms")).isVisible();
        assertThat(page.locator("#event-count")).hasText("8 events");

        replaceInTalks("actor: rusia", "actor: russia");
        assertThat(banner).isHidden();
    }
}
