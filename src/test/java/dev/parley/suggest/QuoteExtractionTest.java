package dev.parley.suggest;

import static dev.parley.suggest.TestActors.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteExtractionTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 14);
    private final ArticleAnalyser analyser = new ArticleAnalyser(ALL);

    private List<QuoteCandidate> quotes(String text) {
        return analyser.analyse(text, PUBLISHED).quotes();
    }

    private List<String> texts(String text) {
        return quotes(text).stream().map(QuoteCandidate::text).toList();
    }

    @Test
    void a_text_without_quotation_marks_has_no_quotes() {
        assertThat(quotes("Putin's envoy said nothing, and the talks’ end was near."))
                .isEmpty();
    }

    @Test
    void empty_or_wordless_quotation_marks_are_not_quotes() {
        assertThat(quotes("He typed \"\" and “ ... ” then stopped.")).isEmpty();
    }

    @Test
    void an_unclosed_quotation_mark_gives_no_quote() {
        assertThat(quotes("He said \"we will see and left.\n\nThe next paragraph has no marks."))
                .isEmpty();
    }

    @Test
    void straight_double_quotes_are_found_without_their_marks() {
        assertThat(texts("He said \"we are ready\" and \"the door is open.\""))
                .containsExactly("we are ready", "the door is open.");
    }

    @Test
    void curly_double_quotes_are_found_and_a_trailing_comma_is_left_out() {
        assertThat(texts("“We will not give up,” he said.")).containsExactly("We will not give up");
    }

    @Test
    void single_quotes_inside_double_quotes_stay_part_of_the_quote() {
        assertThat(texts("“They called it ‘a fair deal’ and signed,” she said."))
                .containsExactly("They called it ‘a fair deal’ and signed");
    }

    @Test
    void curly_single_quotes_that_enclose_words_are_quotes() {
        assertThat(texts("The envoy called the plan ‘dead on arrival’ on Tuesday."))
                .containsExactly("dead on arrival");
    }

    @Test
    void apostrophes_are_not_taken_for_quotation_marks() {
        assertThat(texts("Putin’s aides and the leaders’ summit ‘90s-style’ aside, it’s ‘over’, they said."))
                .containsExactly("90s-style", "over");
    }

    @Test
    void a_quote_over_two_paragraphs_is_one_quote() {
        String text = "“We will rebuild every town.\n\n“We will not forget,” Zelenskyy said.";

        assertThat(texts(text)).containsExactly("We will rebuild every town.\n\n“We will not forget");
    }

    @Test
    void a_quote_broken_over_lines_is_one_quote() {
        assertThat(texts("\"We will rebuild\nevery town,\" Zelenskyy said."))
                .containsExactly("We will rebuild\nevery town");
    }

    @Test
    void the_same_words_quoted_twice_are_offered_once() {
        assertThat(texts("\"No,\" he said. Later: \"No,\" he said again.")).containsExactly("No");
    }

    @Test
    void a_quote_keeps_the_sentence_it_opens_in() {
        assertThat(quotes("Nothing yet. Putin said: \"We are ready.\" Then he left."))
                .singleElement()
                .satisfies(q -> assertThat(q.sentence()).isEqualTo("Putin said: \"We are ready.\""));
    }

    @Test
    void every_quote_occurs_verbatim_in_its_text() {
        String text = String.join(
                "\n",
                "“We are ready,” said Vladimir Putin on Wednesday. Zelenskyy’s reply: \"Not yet.\"",
                "The Kremlin's spokesman Dmitry Peskov told reporters \"talks are\n   possible\" but ‘only later’.",
                "“First paragraph of a long quote.",
                "",
                "“Second paragraph,” Erdoğan added, “and a third part.”",
                "Mixed «guillemets» and \"straight quotes with ‘nested’ marks,\" said an aide.",
                "It’s the leaders’ view that \"  spaced  \" marks count, and \"x\"y\"z\" odd ones too.");

        List<QuoteCandidate> found = quotes(text);

        assertThat(found).hasSizeGreaterThanOrEqualTo(8);
        assertThat(found).allSatisfy(q -> {
            assertThat(Verbatim.occursIn(q.text(), text)).as(q.text()).isTrue();
            assertThat(text).contains(q.text());
        });
    }

    @Test
    void said_followed_by_a_known_name_is_the_speaker() {
        assertThat(quotes("“We are ready,” said Vladimir Putin on Wednesday."))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.speaker()).contains(TestActors.PUTIN.id());
                    assertThat(q.speakerName()).contains("Vladimir Putin");
                });
    }

    @Test
    void a_name_followed_by_said_after_the_quote_is_the_speaker() {
        QuoteCandidate q = quotes("\"We are ready,\" Mr. Putin said.").getFirst();

        assertThat(q.speaker()).contains(TestActors.PUTIN.id());
        assertThat(q.speakerName()).contains("Putin");
    }

    @Test
    void a_name_with_said_and_a_colon_before_the_quote_is_the_speaker() {
        QuoteCandidate q =
                quotes("On Wednesday, Zelenskyy said: “We will hold.”").getFirst();

        assertThat(q.speaker()).contains(TestActors.ZELENSKYY.id());
    }

    @Test
    void told_reporters_before_the_quote_names_the_speaker_and_the_last_name_in_the_description_wins() {
        QuoteCandidate q = quotes("The Kremlin's spokesman Dmitry Peskov told reporters \"talks are possible.\"")
                .getFirst();

        assertThat(q.speaker()).contains(TestActors.PESKOV.id());
        assertThat(q.speakerName()).contains("Dmitry Peskov");
    }

    @Test
    void according_to_names_the_speaker() {
        QuoteCandidate q = quotes("The offer is “final”, according to Peskov.").getFirst();

        assertThat(q.speaker()).contains(TestActors.PESKOV.id());
    }

    @Test
    void added_wrote_stated_warned_and_says_name_the_speaker_too() {
        for (String verb : List.of("added", "wrote", "stated", "warned", "says")) {
            QuoteCandidate q =
                    quotes("“This is the end,” Erdoğan " + verb + ".").getFirst();

            assertThat(q.speaker()).as(verb).contains(TestActors.ERDOGAN.id());
            assertThat(q.speakerName()).as(verb).contains("Erdoğan");
        }
    }

    @Test
    void an_unknown_speaker_is_given_by_name_as_written_without_the_title() {
        QuoteCandidate q = quotes("\"No deal,\" said Prime Minister Keir Starmer in London.")
                .getFirst();

        assertThat(q.speaker()).isEmpty();
        assertThat(q.speakerName()).contains("Keir Starmer");
    }

    @Test
    void a_speaker_without_a_name_is_given_as_written() {
        QuoteCandidate q = quotes("\"No deal,\" a spokesman said.").getFirst();

        assertThat(q.speaker()).isEmpty();
        assertThat(q.speakerName()).contains("a spokesman");
    }

    @Test
    void he_said_is_the_last_person_named_before_the_quote() {
        List<QuoteCandidate> found =
                quotes("Russia and Putin met Zelenskyy in Istanbul. “We talked,” he said. The Kremlin was silent.");

        assertThat(found.getFirst().speaker()).contains(TestActors.ZELENSKYY.id());
        assertThat(found.getFirst().speakerName()).contains("Zelenskyy");
    }

    @Test
    void he_said_without_a_person_named_before_has_no_speaker() {
        QuoteCandidate q = quotes("Russia spoke. “We talked,” he said.").getFirst();

        assertThat(q.speaker()).isEmpty();
        assertThat(q.speakerName()).isEmpty();
    }

    @Test
    void a_quote_without_a_speaking_verb_nearby_has_no_speaker() {
        QuoteCandidate q = quotes("Putin arrived. The sign read “Welcome” in three languages.")
                .getFirst();

        assertThat(q.speaker()).isEqualTo(Optional.empty());
        assertThat(q.speakerName()).isEmpty();
    }

    @Test
    void a_name_and_said_in_the_next_sentence_name_the_speaker() {
        assertThat(quotes("\"We will win.\" Putin said so twice.").getFirst().speaker())
                .contains(TestActors.PUTIN.id());
    }

    @Test
    void a_split_quote_gives_both_parts_the_same_speaker() {
        assertThat(quotes("“We will win,” Putin said, “whatever it takes.”"))
                .extracting(QuoteCandidate::speaker)
                .containsExactly(Optional.of(TestActors.PUTIN.id()), Optional.of(TestActors.PUTIN.id()));
    }

    @Test
    void the_words_introducing_the_next_quote_do_not_name_the_speaker_of_the_one_before() {
        List<QuoteCandidate> found =
                quotes("Her answer was \"Not yet.\" Peskov told reporters: \"Talks are possible.\"");

        assertThat(found.get(0).speaker()).isEmpty();
        assertThat(found.get(1).speaker()).contains(TestActors.PESKOV.id());
    }

    @Test
    void a_speaker_is_not_looked_for_on_the_next_line() {
        assertThat(quotes("Her answer was \"No.\"\nPeskov said the talks were over.")
                        .getFirst()
                        .speaker())
                .isEmpty();
    }
}
