package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.event.Event;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The curated {@code data/} directory the app ships with must load without a single problem. */
class RealDataTest {

    @Test
    void the_curated_data_directory_loads_without_problems() {
        LoadResult result = new DatasetLoader().load(Path.of("data"));

        assertThat(result.problems())
                .as("problems in data/ (run --validate data for the list)")
                .extracting(Problem::toString)
                .isEmpty();
        Dataset dataset = result.dataset().orElseThrow();
        assertThat(dataset.events()).isNotEmpty();
        assertThat(dataset.actors()).isNotEmpty();
        for (Event event : dataset.events()) {
            assertThat(dataset.sourceOf(event)).as("source of %s", event.id()).isNotNull();
        }
    }
}
