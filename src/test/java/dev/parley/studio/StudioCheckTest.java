package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.Problem;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioCheckTest {
    @TempDir
    Path data;

    private StudioCheck check;

    @BeforeEach
    void copy() {
        Fixtures.copyTree(ArticleYamlTest.VALID, data);
        check = new StudioCheck(data);
    }

    private static Draft withText(String text, ArticleForm article) {
        return StudioDrafts.draft(Optional.empty(), "", "", text, article, List.of(StudioDrafts.envoy()));
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void pasted_text_over_one_megabyte_is_too_large() {
        String text = "We agreed to talk, ".repeat(StudioCheck.MAX_TEXT / 19 + 1);

        List<Problem> problems = check.problems(withText(text, StudioDrafts.article("a", "a-e")));

        assertThat(messages(problems)).anySatisfy(m -> assertThat(m).contains("the pasted text is too large"));
    }

    @Test
    void quotes_without_pasted_text_ask_for_the_text() {
        assertThat(messages(check.problems(withText(" \n", StudioDrafts.article("a", "a-e")))))
                .contains("events[0].quotes[0].text: paste the article's text: quotes are checked word for word"
                        + " against it");
    }

    @Test
    void a_quote_not_in_the_text_is_named_with_its_first_sixty_characters() {
        String quote = "This sentence is nowhere in the article and it goes on for more than sixty characters.";
        ArticleForm article = StudioDrafts.article("a", "a-e")
                .withEvents(List.of(StudioDrafts.event("a-e", List.of(new QuoteForm(quote, "")))));

        List<Problem> problems = check.problems(withText(StudioDrafts.TEXT, article));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("articles/a.yaml");
            assertThat(p.path()).isEqualTo("events[0].quotes[0].text");
            assertThat(p.message())
                    .isEqualTo("not found word for word in the pasted text: \"" + quote.substring(0, 60) + "…\"");
        });
    }

    @Test
    void a_quote_with_other_quotation_marks_and_line_breaks_is_found() {
        ArticleForm article = StudioDrafts.article("a", "a-e")
                .withEvents(List.of(StudioDrafts.event("a-e", List.of(new QuoteForm("Putin\u2019s office", "")))));

        assertThat(check.problems(withText("Putin's\n  office confirmed", article)))
                .isEmpty();
    }

    @Test
    void an_id_that_cannot_be_a_file_name_is_a_problem_of_the_id() {
        assertThat(messages(check.problems(withText(StudioDrafts.TEXT, StudioDrafts.article("../x", "e")))))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("id: an article id is lowercase letters"));
        assertThat(messages(check.problems(withText(StudioDrafts.TEXT, StudioDrafts.article("con", "e")))))
                .singleElement()
                .satisfies(m -> assertThat(m).contains("reserved device name"));
    }

    @Test
    void the_loaders_messages_point_at_the_draft_and_its_new_actors() {
        ArticleForm article = StudioDrafts.article("a", "a-e");
        ArticleForm wrong = article.withEvents(List.of(new EventForm(
                "fixture-talks",
                "2025-02-30",
                "",
                "t",
                "consul",
                "",
                "",
                "",
                List.of(new ParticipantForm("nobody", "")),
                List.of())));
        ActorForm badActor = new ActorForm("bad", "Bad", "martian", List.of(), "", List.of());

        List<Problem> problems = check.problems(
                StudioDrafts.draft(Optional.empty(), "", "", StudioDrafts.TEXT, wrong, List.of(badActor)));

        assertThat(problems)
                .extracting(Problem::path)
                .contains("events[0].date", "events[0].type", "events[0].participants[0].actor", "actors[6].kind")
                .anySatisfy(path -> assertThat(path).isEqualTo("events[0].id"));
    }

    @Test
    void problems_the_data_had_before_are_left_out_but_said_once() throws IOException {
        Path other = data.resolve("articles/2023-background.yaml");
        Files.writeString(other, Files.readString(other).replace("type: ", "type: x"));

        List<Problem> problems = check.problems(withText(StudioDrafts.TEXT, StudioDrafts.article("a", "a-e")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).doesNotEndWith(".yaml");
            assertThat(p.message()).startsWith("the data directory has").contains("problems of its own");
        });
    }

    @Test
    void a_valid_draft_has_no_problem() {
        assertThat(check.problems(StudioDrafts.newArticle("2025-04-02-call"))).isEmpty();
    }

    @Test
    void checking_the_same_draft_again_reuses_the_data_the_last_check_loaded() {
        Draft draft = StudioDrafts.newArticle("2025-04-02-call");

        StudioCheck.Checked first = check.checked(draft);
        StudioCheck.Checked again = check.checked(draft);

        assertThat(first.withDraft()).isPresent();
        assertThat(again.withDraft().orElseThrow()).isSameAs(first.withDraft().orElseThrow());
    }

    @Test
    void a_file_changed_on_disk_after_a_check_is_read_again_by_the_next_one() throws IOException {
        Draft draft = StudioDrafts.newArticle("2025-04-02-call");
        StudioCheck.Checked before = check.checked(draft);
        Path other = data.resolve("articles/2023-background.yaml");
        Files.writeString(other, Files.readString(other).replace("type: ", "type: x"));

        StudioCheck.Checked after = check.checked(draft);

        assertThat(before.problems()).isEmpty();
        assertThat(after.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("problems of its own"));
    }
}
