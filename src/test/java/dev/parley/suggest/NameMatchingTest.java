package dev.parley.suggest;

import static dev.parley.suggest.TestActors.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NameMatchingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 14);
    private final ArticleAnalyser analyser = new ArticleAnalyser(ALL);

    private Map<ActorId, ActorMention> mentions(String text) {
        return analyser.analyse(text, PUBLISHED).actors().stream()
                .collect(Collectors.toMap(ActorMention::actor, Function.identity()));
    }

    private static ActorId id(Actor actor) {
        return actor.id();
    }

    @Test
    void an_empty_or_blank_text_names_nobody() {
        assertThat(analyser.analyse("", PUBLISHED)).isEqualTo(TextSuggestions.none());
        assertThat(analyser.analyse(" \n\t ", PUBLISHED)).isEqualTo(TextSuggestions.none());
    }

    @Test
    void an_analyser_without_actors_finds_no_actor() {
        TextSuggestions s = new ArticleAnalyser(List.of()).analyse("Vladimir Putin spoke.", PUBLISHED);

        assertThat(s.actors()).isEmpty();
    }

    @Test
    void a_name_and_an_alias_count_for_the_same_actor_in_order_of_first_mention() {
        List<ActorMention> found = analyser.analyse(
                        "Volodymyr Zelenskyy met Vladimir Putin. Later Putin left, and Zelenskyy stayed.", PUBLISHED)
                .actors();

        assertThat(found)
                .extracting(ActorMention::actor)
                .containsExactly(id(TestActors.ZELENSKYY), id(TestActors.PUTIN));
        assertThat(found.get(1).forms()).containsExactly("Vladimir Putin", "Putin");
        assertThat(found.get(1).count()).isEqualTo(2);
    }

    @Test
    void case_and_accents_do_not_matter_and_the_form_is_kept_as_written() {
        Map<ActorId, ActorMention> found = mentions("ERDOGAN arrived. Later Recep Tayyip Erdogan spoke to putin.");

        assertThat(found.get(id(TestActors.ERDOGAN)).forms()).containsExactly("ERDOGAN", "Recep Tayyip Erdogan");
        assertThat(found.get(id(TestActors.PUTIN)).forms()).containsExactly("putin");
    }

    @Test
    void a_name_written_with_accents_matches_an_alias_written_without() {
        Actor plain = TestActors.person("jose-garcia", "Jose Garcia");

        List<ActorMention> found = new ArticleAnalyser(List.of(plain))
                .analyse("José García spoke; then JOSÉ GARCÍA left.", PUBLISHED)
                .actors();

        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.forms()).containsExactly("José García", "JOSÉ GARCÍA");
            assertThat(m.count()).isEqualTo(2);
        });
    }

    @Test
    void a_text_written_with_combining_accents_is_matched_and_reported_whole() {
        String decomposed = "Erdog\u0306an spoke.";

        assertThat(mentions(decomposed).get(id(TestActors.ERDOGAN)).forms()).containsExactly("Erdog\u0306an");
    }

    @Test
    void possessives_with_either_apostrophe_match_and_keep_their_form() {
        Map<ActorId, ActorMention> found = mentions("Putin's envoy and Zelenskyy’s adviser met the Kremlin’s team.");

        assertThat(found.get(id(TestActors.PUTIN)).forms()).containsExactly("Putin's");
        assertThat(found.get(id(TestActors.ZELENSKYY)).forms()).containsExactly("Zelenskyy’s");
        assertThat(found.get(id(TestActors.KREMLIN)).forms()).containsExactly("Kremlin’s");
    }

    @Test
    void a_line_break_or_several_spaces_between_words_count_as_one_space() {
        Map<ActorId, ActorMention> found = mentions("President Volodymyr\nZelenskyy and Vladimir \t Putin spoke.");

        assertThat(found.get(id(TestActors.ZELENSKYY)).forms()).containsExactly("Volodymyr Zelenskyy");
        assertThat(found.get(id(TestActors.PUTIN)).forms()).containsExactly("Vladimir Putin");
        assertThat(found.get(id(TestActors.ZELENSKYY)).sentences())
                .containsExactly("President Volodymyr Zelenskyy and Vladimir Putin spoke.");
    }

    @Test
    void only_whole_words_match() {
        assertThat(mentions("Officials must consider the Putinist line and the USAID budget."))
                .isEmpty();
    }

    @Test
    void a_short_alias_in_capitals_matches_only_in_capitals() {
        Map<ActorId, ActorMention> found = mentions("Tell us what the US and the EU want; Eu and uk do not count.");

        assertThat(found.get(id(TestActors.USA)).forms()).containsExactly("US");
        assertThat(found.get(id(TestActors.EU)).forms()).containsExactly("EU");
        assertThat(found).doesNotContainKey(id(TestActors.UK));
    }

    @Test
    void an_acronym_with_full_stops_matches_as_written() {
        assertThat(mentions("The U.S. envoy arrived.").get(id(TestActors.USA)).forms())
                .containsExactly("U.S.");
    }

    @Test
    void the_longest_of_overlapping_names_wins() {
        Actor federationCouncil = TestActors.actor(
                "federation-council", "Russian Federation Council", dev.parley.actor.ActorKind.INSTITUTION);

        Map<ActorId, ActorMention> found = new ArticleAnalyser(List.of(TestActors.RUSSIA, federationCouncil))
                        .analyse("The Russian Federation Council voted. The Russian Federation agreed.", PUBLISHED)
                        .actors()
                        .stream()
                        .collect(Collectors.toMap(ActorMention::actor, Function.identity()));

        assertThat(found.get(federationCouncil.id()).count()).isEqualTo(1);
        assertThat(found.get(TestActors.RUSSIA.id()).forms()).containsExactly("Russian Federation");
        assertThat(found.get(TestActors.RUSSIA.id()).count()).isEqualTo(1);
    }

    @Test
    void a_full_name_is_one_mention_not_also_its_surname_alias() {
        assertThat(mentions("Vladimir Putin spoke.").get(id(TestActors.PUTIN)).count())
                .isEqualTo(1);
    }

    @Test
    void an_actor_keeps_at_most_three_sentences_and_counts_every_mention() {
        ActorMention putin = mentions("Putin spoke. Putin left. Putin returned. Putin slept.")
                .get(id(TestActors.PUTIN));

        assertThat(putin.count()).isEqualTo(4);
        assertThat(putin.sentences()).containsExactly("Putin spoke.", "Putin left.", "Putin returned.");
    }

    @Test
    void abbreviations_and_initials_do_not_end_a_sentence() {
        ActorMention putin = mentions("On Feb. 12 Mr. Putin met the U.S. President in Riyadh. Then he left.")
                .get(id(TestActors.PUTIN));

        assertThat(putin.sentences()).containsExactly("On Feb. 12 Mr. Putin met the U.S. President in Riyadh.");
    }

    @Test
    void a_blank_line_ends_a_sentence_even_without_a_full_stop() {
        ActorMention putin =
                mentions("Putin visits Ankara\n\nThe visit was short.").get(id(TestActors.PUTIN));

        assertThat(putin.sentences()).containsExactly("Putin visits Ankara");
    }
}
