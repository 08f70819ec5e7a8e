package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.actor.ActorId;
import dev.parley.event.ArticleId;
import dev.parley.event.EventId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatasetLoaderOverlayTest {
    private static final Path VALID = DatasetLoaderTest.VALID;
    private final DatasetLoader loader = new DatasetLoader();

    @Test
    void an_overlay_path_outside_the_data_files_is_refused() {
        for (String path : new String[] {"../actors.yaml", "articles/a/b.yaml", "articles/", "schema/x.json", ""}) {
            assertThatThrownBy(() -> loader.load(VALID, Map.of(path, Optional.of("x"))))
                    .as(path)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_removed_file_is_not_read() {
        LoadResult result = loader.load(VALID, Map.of("articles/2025-03-talks.yaml", Optional.empty()));

        Dataset dataset = result.dataset().orElseThrow();
        assertThat(dataset.article(ArticleId.of("2025-03-talks"))).isEmpty();
        assertThat(dataset.articles()).hasSize(2);
    }

    @Test
    void a_removed_actors_file_is_reported_missing() {
        LoadResult result = loader.load(VALID, Map.of("actors.yaml", Optional.empty()));

        assertThat(result.problems())
                .anySatisfy(p -> assertThat(p.message()).startsWith("missing: the data directory"));
    }

    @Test
    void an_overlaid_file_is_read_from_its_text_with_the_messages_of_a_file_on_disk() throws IOException {
        Path talks = VALID.resolve("articles/2025-03-talks.yaml");
        String broken = Files.readString(talks).replace("type: consult", "type: consul");

        LoadResult result = loader.load(VALID, Map.of("articles/2025-03-talks.yaml", Optional.of(broken)));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(DatasetLoader.display(talks));
            assertThat(p.line()).isPositive();
            assertThat(p.path()).isEqualTo("events[0].type");
            assertThat(p.message()).startsWith("unknown event type 'consul' (did you mean 'consult'?)");
        });
        assertThat(Files.readString(talks)).contains("type: consult");
    }

    @Test
    void a_new_article_and_new_actors_are_read_together() throws IOException {
        String actors = Files.readString(VALID.resolve("actors.yaml"))
                + "  - id: new-actor\n    name: New Actor\n    kind: person\n";
        String article = """
                id: 2025-04-new
                title: New
                outlet: Wire
                published: 2025-04
                events:
                  - id: new-event
                    date: 2025-04
                    title: Something new
                    type: statement
                    participants:
                      - actor: new-actor
                """;

        LoadResult result = loader.load(
                VALID, Map.of("actors.yaml", Optional.of(actors), "articles/2025-04-new.yaml", Optional.of(article)));

        Dataset dataset = result.dataset().orElseThrow();
        assertThat(dataset.actor(ActorId.of("new-actor"))).isPresent();
        assertThat(dataset.event(EventId.of("new-event")).orElseThrow().article())
                .isEqualTo(ArticleId.of("2025-04-new"));
        assertThat(dataset.article(ArticleId.of("2025-04-new")).orElseThrow().file())
                .isEqualTo("articles/2025-04-new.yaml");
    }

    @Test
    void overlaid_text_over_the_size_limit_is_refused_like_a_file() {
        String huge = "a".repeat(YamlFileReader.MAX_BYTES / 2 + 1) + "é".repeat(YamlFileReader.MAX_BYTES / 4);

        LoadResult result = loader.load(VALID, Map.of("articles/big.yaml", Optional.of(huge)));

        assertThat(result.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("file too large"));
    }
}
