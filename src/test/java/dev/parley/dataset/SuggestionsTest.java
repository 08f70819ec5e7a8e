package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void a_small_typo_suggests_the_intended_word() {
        assertThat(Suggestions.closest("vladimir-puttin", List.of("donald-trump", "vladimir-putin")))
                .contains("vladimir-putin");
        assertThat(Suggestions.closest("titel", List.of("id", "title", "type"))).contains("title");
    }

    @Test
    void unrelated_words_are_not_suggested() {
        assertThat(Suggestions.closest("meeting", List.of("consult", "agree", "statement")))
                .isEmpty();
        assertThat(Suggestions.closest("x".repeat(500), List.of("x"))).isEmpty();
    }

    @Test
    void a_name_or_alias_suggests_the_actor_id() {
        Map<String, String> names = Map.of(
                "vladimir-putin",
                "vladimir-putin",
                "Vladimir Putin",
                "vladimir-putin",
                "Putin",
                "vladimir-putin",
                "donald-trump",
                "donald-trump");

        assertThat(Suggestions.closestByName("Putin", names)).contains("vladimir-putin");
        assertThat(Suggestions.closestByName("Vladimir Putin", names)).contains("vladimir-putin");
        assertThat(Suggestions.closestByName("emmanuel-macron", names)).isEmpty();
    }

    @Test
    void a_swap_of_neighbouring_letters_counts_as_one_edit() {
        assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
