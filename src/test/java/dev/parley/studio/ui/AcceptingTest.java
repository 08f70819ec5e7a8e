package dev.parley.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.EventType;
import dev.parley.studio.ArticleForm;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.QuoteForm;
import dev.parley.suggest.ActorMention;
import dev.parley.suggest.DateMention;
import dev.parley.suggest.NewName;
import dev.parley.suggest.QuoteCandidate;
import dev.parley.suggest.TypeSuggestion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcceptingTest {
    static Draft draft(List<EventForm> events) {
        return new Draft(
                "d1",
                "ana",
                Optional.empty(),
                "",
                "",
                "text",
                ArticleForm.empty().withEvents(events),
                List.of(),
                Set.of(),
                Instant.EPOCH);
    }

    private static ActorMention putin() {
        return new ActorMention(ActorId.of("vladimir-putin"), List.of("Putin"), List.of("Putin spoke."), 1);
    }

    @Test
    void accepting_into_a_draft_without_events_adds_the_first_event() {
        Draft accepted = Accepting.actor(draft(List.of()), 0, putin());

        assertThat(accepted.article().events()).hasSize(1);
        assertThat(accepted.article().events().getFirst().participants())
                .containsExactly(new ParticipantForm("vladimir-putin", "participant"));
    }

    @Test
    void accepting_an_actor_twice_adds_one_participant() {
        Draft once = Accepting.actor(draft(List.of(EventForm.empty())), 0, putin());

        assertThat(Accepting.actor(once, 0, putin())).isEqualTo(once);
    }

    @Test
    void an_accepted_suggestion_fills_the_chosen_event_only() {
        Draft two = draft(List.of(EventForm.empty(), EventForm.empty()));
        var date = new DateMention("on Wednesday", PartialDate.ofDay(LocalDate.of(2025, 2, 12)), "On Wednesday...");

        Draft accepted = Accepting.date(two, 1, date);

        assertThat(accepted.article().events().get(0).date()).isEmpty();
        assertThat(accepted.article().events().get(1).date()).isEqualTo("2025-02-12");
    }

    @Test
    void a_date_keeps_the_precision_the_text_gave() {
        var month = new DateMention("last month", PartialDate.ofMonth(2025, 1), "Last month...");

        Draft accepted = Accepting.date(draft(List.of(EventForm.empty())), 0, month);

        assertThat(accepted.article().events().getFirst().date()).isEqualTo("2025-01");
    }

    @Test
    void a_quote_comes_with_its_speaker_who_takes_part() {
        var quote = new QuoteCandidate(
                "We will talk", Optional.of(ActorId.of("vladimir-putin")), Optional.of("Putin"), "...");

        EventForm event = Accepting.quote(draft(List.of(EventForm.empty())), 0, quote)
                .article()
                .events()
                .getFirst();

        assertThat(event.quotes()).containsExactly(new QuoteForm("We will talk", "vladimir-putin"));
        assertThat(event.participants()).extracting(ParticipantForm::actor).containsExactly("vladimir-putin");
    }

    @Test
    void a_quote_without_a_known_speaker_adds_no_participant() {
        var quote = new QuoteCandidate("Hello", Optional.empty(), Optional.of("Ivan Petrov"), "...");

        EventForm event = Accepting.quote(draft(List.of(EventForm.empty())), 0, quote)
                .article()
                .events()
                .getFirst();

        assertThat(event.quotes()).containsExactly(new QuoteForm("Hello", ""));
        assertThat(event.participants()).isEmpty();
    }

    @Test
    void a_type_sets_the_event_type_by_its_key() {
        var type = new TypeSuggestion(EventType.CONSULT, List.of("met"), List.of("They met."));

        Draft accepted = Accepting.type(draft(List.of(EventForm.empty())), 0, type);

        assertThat(accepted.article().events().getFirst().type()).isEqualTo("consult");
    }

    @Test
    void a_new_name_becomes_one_new_actor_form_prefilled_from_it() {
        var name = new NewName("Ivan Petrov", List.of("Ivan Petrov said."), Optional.empty());

        Draft once = Accepting.newName(draft(List.of()), name, "ivan-petrov");

        assertThat(once.newActors()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("ivan-petrov");
            assertThat(a.name()).isEqualTo("Ivan Petrov");
            assertThat(a.kind()).isEqualTo("person");
        });
        assertThat(Accepting.newName(once, name, "ivan-petrov")).isEqualTo(once);
    }
}
