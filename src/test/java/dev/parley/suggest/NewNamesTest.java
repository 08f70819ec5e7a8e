package dev.parley.suggest;

import static dev.parley.suggest.TestActors.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewNamesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 14);
    private final ArticleAnalyser analyser = new ArticleAnalyser(ALL);

    private List<String> names(String text) {
        return analyser.analyse(text, PUBLISHED).newNames().stream()
                .map(NewName::name)
                .toList();
    }

    @Test
    void a_text_in_lowercase_has_no_new_names() {
        assertThat(names("nobody here has a name worth a capital letter.")).isEmpty();
    }

    @Test
    void a_single_capitalised_word_is_not_a_new_name() {
        assertThat(names("The Kremlin said nothing. Officials in Ankara waited."))
                .isEmpty();
    }

    @Test
    void sentence_opening_words_and_weekdays_are_trimmed_off() {
        assertThat(names("On Wednesday Keir Starmer flew to Kyiv.")).containsExactly("Keir Starmer");
    }

    @Test
    void titles_before_a_name_are_stripped() {
        assertThat(names("Prime Minister Keir Starmer met Secretary of State Marco Rubio and Gen. Jane Doe."))
                .containsExactly("Keir Starmer", "Marco Rubio", "Jane Doe");
    }

    @Test
    void particles_and_hyphenated_parts_belong_to_the_name() {
        assertThat(names("Osama bin Laden, Bashar al-Assad and Ursula von der Leyen were named."))
                .containsExactly("Osama bin Laden", "Bashar al-Assad", "Ursula von der Leyen");
    }

    @Test
    void a_possessive_ends_the_name_and_is_left_out() {
        assertThat(names("Keir Starmer's office replied.")).containsExactly("Keir Starmer");
    }

    @Test
    void a_known_name_or_alias_is_not_offered_again() {
        assertThat(names(
                        "Vladimir Putin, Russian President Vladimir Putin and the North Atlantic Treaty Organization."))
                .isEmpty();
    }

    @Test
    void a_name_of_more_than_five_words_is_not_offered() {
        assertThat(names("Alpha Bravo Charlie Delta Echo Foxtrot came.")).isEmpty();
    }

    @Test
    void a_name_does_not_run_over_punctuation() {
        assertThat(names("They met in Kyiv, Keir Starmer said.")).containsExactly("Keir Starmer");
    }

    @Test
    void a_new_name_keeps_its_sentences_once_each() {
        List<NewName> found = analyser.analyse("Keir Starmer spoke. Keir Starmer left.", PUBLISHED)
                .newNames();

        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.sentences()).containsExactly("Keir Starmer spoke.", "Keir Starmer left.");
            assertThat(n.similar()).isEmpty();
        });
    }

    @Test
    void a_near_spelling_of_a_known_name_is_offered_with_that_actor() {
        List<NewName> found =
                analyser.analyse("Volodymyr Zelensky arrived.", PUBLISHED).newNames();

        assertThat(found).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("Volodymyr Zelensky");
            assertThat(n.similar()).contains(TestActors.ZELENSKYY.id());
        });
    }

    @Test
    void did_you_mean_finds_a_one_letter_difference_in_an_alias() {
        assertThat(SimilarNames.closest("Zelensky", ALL)).contains(TestActors.ZELENSKYY.id());
    }

    @Test
    void did_you_mean_finds_the_same_surname_with_the_same_first_initial() {
        assertThat(SimilarNames.closest("Vladimir V. Putin", List.of(TestActors.ZELENSKYY, TestActors.PUTIN)))
                .contains(TestActors.PUTIN.id());
        assertThat(SimilarNames.closest("V. Putin", List.of(TestActors.PUTIN))).contains(TestActors.PUTIN.id());
    }

    @Test
    void did_you_mean_ignores_case_and_accents() {
        assertThat(SimilarNames.closest("recep tayyip erdogan", ALL)).contains(TestActors.ERDOGAN.id());
    }

    @Test
    void did_you_mean_offers_nothing_for_a_different_name() {
        assertThat(SimilarNames.closest("Keir Starmer", ALL)).isEmpty();
        assertThat(SimilarNames.closest(
                        "Iraq", List.of(TestActors.actor("iran", "Iran", dev.parley.actor.ActorKind.STATE))))
                .isEmpty();
        assertThat(SimilarNames.closest("Alexei Putin", ALL)).isEmpty();
        assertThat(SimilarNames.closest("", ALL)).isEmpty();
        assertThat(SimilarNames.closest("Putin", List.of())).isEmpty();
    }

    @Test
    void did_you_mean_prefers_the_closest_of_two_candidates() {
        var near = TestActors.person("anna-lenska", "Anna Lenska");
        var nearer = TestActors.person("anna-lenskaya", "Anna Lenskaya");

        assertThat(SimilarNames.closest("Anna Lenskaja", List.of(near, nearer))).isEqualTo(Optional.of(nearer.id()));
    }
}
