package dev.parley.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards against hangs, not a speed target (that is the benchmark's): texts up to 1 MB and hostile ones must finish.
 * The limit is generous so that a slow machine does not fail it; a quadratic step on these inputs would take minutes.
 */
class AnalyserScaleTest {
    private static final Duration GUARD = Duration.ofSeconds(10);
    private static final int MEGABYTE = 1 << 20;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 14);

    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(actors());

    private static List<Actor> actors() {
        List<Actor> actors = new ArrayList<>(TestActors.ALL);
        for (int i = 0; i < 2000; i++) {
            actors.add(TestActors.actor("synthetic-" + i, "Synthetic Person " + i, ActorKind.PERSON, "Person " + i));
        }
        return actors;
    }

    private static String repeat(String piece, int length) {
        StringBuilder s = new StringBuilder(length + piece.length());
        while (s.length() < length) {
            s.append(piece);
        }
        return s.toString();
    }

    private static TextSuggestions analyse(String text) {
        return assertTimeoutPreemptively(GUARD, () -> ANALYSER.analyse(text, PUBLISHED));
    }

    @Test
    void a_text_of_one_megabyte_of_prose_finishes() {
        String text = repeat(
                "On Wednesday Vladimir Putin met Keir Starmer in Ankara. “We talked,” he said on Feb. 12. The"
                        + " Kremlin's spokesman Dmitry Peskov called for calm; Person 12 agreed in 2022.\n\n",
                MEGABYTE);

        TextSuggestions s = analyse(text);

        assertThat(s.actors()).isNotEmpty();
        assertThat(s.quotes()).extracting(QuoteCandidate::text).containsExactly("We talked");
    }

    @Test
    void a_hundred_thousand_quotation_marks_finish() {
        assertThat(analyse(repeat("\"", 100_000)).quotes()).isEmpty();
        assertThat(analyse(repeat("“", 100_000)).quotes()).isEmpty();
        assertThat(analyse(repeat("\"a\" ", 100_000)).quotes()).hasSize(1);
        assertThat(analyse(repeat("‘a ", 100_000)).quotes()).isEmpty();
    }

    @Test
    void a_hundred_thousand_capitalised_words_finish() {
        assertThat(analyse(repeat("Alpha ", 600_000)).newNames()).isEmpty();
        assertThat(analyse(repeat("Alpha Beta. ", 600_000)).newNames())
                .extracting(NewName::name)
                .containsExactly("Alpha Beta");
    }

    @Test
    void long_runs_of_spaces_line_breaks_and_digits_finish() {
        analyse(repeat(" ", MEGABYTE));
        analyse(repeat("\n", MEGABYTE));
        analyse("February" + repeat(" ", MEGABYTE) + "12");
        assertThat(analyse(repeat("12 ", MEGABYTE / 3)).dates()).isEmpty();
    }

    @Test
    void a_megabyte_of_names_quotes_and_pronouns_finishes() {
        analyse(repeat("“Yes,” he said. Russia and the US. ", MEGABYTE));
        analyse(repeat("Person 1 Person 2 Person 3 said \"a\" according to ", MEGABYTE));
    }
}
