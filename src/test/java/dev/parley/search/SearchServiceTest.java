package dev.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.Actor;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchServiceTest {
    private static Dataset dataset;
    private final SearchService search = new SearchService();

    @BeforeAll
    static void load() {
        dataset = new DatasetLoader()
                .load(Path.of("src/test/resources/fixtures/valid"))
                .dataset()
                .orElseThrow();
    }

    @Test
    void an_empty_query_finds_nothing() {
        assertThat(search.search(dataset, "  ", 10).isEmpty()).isTrue();
        assertThat(search.search(dataset, null, 10).isEmpty()).isTrue();
    }

    @Test
    void actors_are_found_by_alias_ignoring_case_and_accents() {
        var results = search.search(dataset, "PUTIN", 10);
        assertThat(results.actors()).extracting(Actor::name).containsExactly("Vladimir Putin");
        assertThat(SearchService.fold("Türkiye Zelenskyy")).isEqualTo("turkiye zelenskyy");
    }

    @Test
    void events_are_found_by_title_and_summary_newest_first() {
        var results = search.search(dataset, "phone", 10);
        assertThat(results.events()).extracting(e -> e.id().value()).containsExactly("fixture-phone-call");
        var russia = search.search(dataset, "russia", 10);
        assertThat(russia.events())
                .extracting(e -> e.id().value())
                .containsExactly("fixture-sanctions", "fixture-invasion", "fixture-year-only-accusation");
    }

    @Test
    void quotes_are_found_by_their_words_with_their_event() {
        var results = search.search(dataset, "very closely", 10);
        assertThat(results.quotes()).hasSize(1);
        assertThat(results.quotes().getFirst().event().id().value()).isEqualTo("fixture-phone-call");
        assertThat(results.quotes().getFirst().quote().text()).isEqualTo("We agreed to work together, very closely.");
    }

    @Test
    void every_word_must_match_and_the_limit_applies_per_group() {
        assertThat(search.search(dataset, "sanctions banks", 10).events()).hasSize(1);
        assertThat(search.search(dataset, "sanctions tanks", 10).events()).isEmpty();
        assertThat(search.search(dataset, "russia", 1).events())
                .extracting(Event::title)
                .containsExactly("New sanctions on Russian banks");
    }
}
