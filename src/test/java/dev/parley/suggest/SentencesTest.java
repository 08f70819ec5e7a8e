package dev.parley.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String text) {
        Sentences s = Sentences.of(text);
        return IntStream.range(0, s.count()).mapToObj(s::text).toList();
    }

    @Test
    void a_text_without_words_has_no_sentences() {
        assertThat(sentences("")).isEmpty();
    }

    @Test
    void a_sentence_that_ends_inside_a_quotation_ends_at_its_closing_mark() {
        for (String quoted : List.of("\"We are ready.\"", "“We are ready.”", "‘We are ready.’", "'We are ready.'")) {
            String text = "He said: " + quoted + " Then he left.";

            assertThat(sentences(text)).containsExactly("He said: " + quoted, "Then he left.");
            assertThat(Sentences.of(text).at(text.indexOf("left"))).isEqualTo("Then he left.");
        }
    }

    @Test
    void a_quotation_closed_after_a_comma_runs_on_to_its_speaker() {
        assertThat(sentences("\"We will meet again soon,\" Putin said. Talks resumed on Friday."))
                .containsExactly("\"We will meet again soon,\" Putin said.", "Talks resumed on Friday.");
        assertThat(sentences("Talks ended. “We will meet again soon,” Putin said. Talks resumed on Friday."))
                .containsExactly("Talks ended.", "“We will meet again soon,” Putin said.", "Talks resumed on Friday.");
    }

    @Test
    void a_quotation_followed_by_the_next_quotation_is_a_sentence_of_its_own() {
        assertThat(sentences("Peskov said: “Putin is ready.” “The U.S. is not.” Trump replied."))
                .containsExactly("Peskov said: “Putin is ready.”", "“The U.S. is not.”", "Trump replied.");
    }

    @Test
    void a_quotation_that_trails_off_in_an_ellipsis_ends_its_sentence() {
        assertThat(sentences("He said: “We are ready…” Then he left."))
                .containsExactly("He said: “We are ready…”", "Then he left.");
        assertThat(sentences("He said: “We are ready…” “Then we go.”"))
                .containsExactly("He said: “We are ready…”", "“Then we go.”");
    }

    @Test
    void a_quotation_in_german_marks_ends_its_sentence_too() {
        assertThat(sentences("Er sagte: „Wir sind bereit.“ Dann ging er."))
                .containsExactly("Er sagte: „Wir sind bereit.“", "Dann ging er.");
    }

    @Test
    void a_quoted_question_or_exclamation_runs_on_to_a_speaker_in_lower_case() {
        assertThat(sentences("“Are we ready?” he asked. Then he left."))
                .containsExactly("“Are we ready?” he asked.", "Then he left.");
        assertThat(sentences("\"Yes!\" she said. Then he left."))
                .containsExactly("\"Yes!\" she said.", "Then he left.");
    }

    @Test
    void a_full_stop_after_an_abbreviation_or_initials_does_not_end_a_sentence() {
        assertThat(sentences("Mr. Putin met Gen. Smith in the U.S. on Feb. 3. They spoke."))
                .containsExactly("Mr. Putin met Gen. Smith in the U.S. on Feb. 3.", "They spoke.");
    }

    @Test
    void initials_that_close_a_quotation_still_end_its_sentence() {
        assertThat(sentences("He said: \"We will talk to the U.S.\" Then he left."))
                .containsExactly("He said: \"We will talk to the U.S.\"", "Then he left.");
    }

    @Test
    void a_blank_line_ends_a_sentence_without_a_full_stop() {
        assertThat(sentences("Talks in Riyadh\n\n“We are ready,” he said."))
                .containsExactly("Talks in Riyadh", "“We are ready,” he said.");
    }
}
