package dev.parley.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.studio.ActorForm;
import dev.parley.studio.ArticleForm;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.QuoteForm;
import dev.parley.studio.RoleForm;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditsTest {
    @Test
    void changing_an_event_that_does_not_exist_changes_nothing() {
        Draft draft = AcceptingTest.draft(List.of(EventForm.empty()));

        assertThat(Edits.event(draft, 3, e -> Edits.eventField(e, Edits.EventField.TITLE, "x")))
                .isEqualTo(draft);
        assertThat(Edits.remove(List.of("a"), -1)).containsExactly("a");
    }

    @Test
    void every_event_field_is_set_on_its_own() {
        EventForm e = EventForm.empty();
        for (Edits.EventField field : Edits.EventField.values()) {
            e = Edits.eventField(e, field, field.name().toLowerCase());
        }

        assertThat(e)
                .isEqualTo(new EventForm(
                        "id", "date", "end", "title", "type", "cameo", "summary", "location", List.of(), List.of()));
    }

    @Test
    void every_article_field_is_set_on_its_own() {
        ArticleForm a = ArticleForm.empty().withEvents(List.of(EventForm.empty()));
        for (Edits.ArticleField field : Edits.ArticleField.values()) {
            a = Edits.articleField(a, field, field.name().toLowerCase());
        }

        assertThat(a)
                .isEqualTo(new ArticleForm(
                        "id", "title", "outlet", "url", "published", "note", List.of(EventForm.empty())));
    }

    @Test
    void every_actor_field_is_set_on_its_own() {
        List<RoleForm> roles = List.of(new RoleForm("Aide", "kremlin", "", ""));
        ActorForm a = new ActorForm("", "", "", List.of(), "", roles);
        for (Edits.ActorField field : Edits.ActorField.values()) {
            a = Edits.actorField(a, field, field.name().toLowerCase());
        }

        assertThat(a).isEqualTo(new ActorForm("id", "name", "kind", List.of("aliases"), "description", roles));
    }

    @Test
    void an_edit_of_the_draft_keeps_everything_it_does_not_touch() {
        ActorForm ivan = new ActorForm("ivan-petrov", "Ivan Petrov", "person", List.of(), "", List.of());
        Draft draft = AcceptingTest.draft(List.of(EventForm.empty()));

        Draft edited = Edits.dismiss(
                Edits.newActors(
                        Edits.event(
                                Edits.text(draft, "new text"), 0, e -> Edits.eventField(e, Edits.EventField.ID, "e")),
                        l -> List.of(ivan)),
                "actor:ivan-petrov");

        assertThat(edited)
                .isEqualTo(new Draft(
                        draft.id(),
                        draft.curator(),
                        draft.editing(),
                        draft.fingerprint(),
                        draft.original(),
                        "new text",
                        ArticleForm.empty()
                                .withEvents(List.of(Edits.eventField(EventForm.empty(), Edits.EventField.ID, "e"))),
                        List.of(ivan),
                        Set.of("actor:ivan-petrov"),
                        draft.updated()));
    }

    @Test
    void an_edit_of_an_event_list_keeps_the_other_list_and_the_fields() {
        EventForm e = Edits.eventField(EventForm.empty(), Edits.EventField.TITLE, "Talks");
        ParticipantForm ivan = new ParticipantForm("ivan-petrov", "initiator");
        QuoteForm hi = new QuoteForm("Hi", "ivan-petrov");

        EventForm edited = Edits.quotes(Edits.participants(e, l -> List.of(ivan)), l -> List.of(hi));

        assertThat(edited).isEqualTo(new EventForm("", "", "", "Talks", "", "", "", "", List.of(ivan), List.of(hi)));
    }

    @Test
    void aliases_are_typed_separated_by_commas() {
        ActorForm a = new ActorForm("x", "X", "person", List.of(), "", List.of());

        assertThat(Edits.actorField(a, Edits.ActorField.ALIASES, "Ivan, I. Petrov, ")
                        .aliases())
                .containsExactly("Ivan", "I. Petrov");
    }

    @Test
    void using_a_known_actor_instead_points_every_reference_at_it() {
        EventForm event = new EventForm(
                "e",
                "2025",
                "",
                "t",
                "",
                "",
                "",
                "",
                List.of(new ParticipantForm("ivan-petrov", "initiator")),
                List.of(new QuoteForm("Hi", "ivan-petrov")));
        ActorForm ivan = new ActorForm("ivan-petrov", "Ivan Petrov", "person", List.of(), "", List.of());
        ActorForm other = new ActorForm(
                "olga", "Olga", "person", List.of(), "", List.of(new RoleForm("Aide", "ivan-petrov", "", "")));
        Draft draft = Edits.newActors(AcceptingTest.draft(List.of(event)), l -> List.of(ivan, other));

        Draft replaced = Replacing.newActorBy(draft, 0, "ivan-petrov-known");

        EventForm after = replaced.article().events().getFirst();
        assertThat(replaced.newActors()).extracting(ActorForm::id).containsExactly("olga");
        assertThat(after.participants()).containsExactly(new ParticipantForm("ivan-petrov-known", "initiator"));
        assertThat(after.quotes()).containsExactly(new QuoteForm("Hi", "ivan-petrov-known"));
        assertThat(replaced.newActors().getFirst().roles().getFirst().of()).isEqualTo("ivan-petrov-known");
    }

    @Test
    void a_file_with_only_the_schema_line_loses_no_comment() {
        assertThat(SavePart.hasComments("# yaml-language-server: $schema=../schema/article.schema.json\nid: a\n"))
                .isFalse();
        assertThat(SavePart.hasComments("# yaml-language-server: $schema=x\n  # checked twice\nid: a\n"))
                .isTrue();
    }
}
