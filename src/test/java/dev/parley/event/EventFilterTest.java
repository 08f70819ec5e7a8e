package dev.parley.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFilterTest {
    private static final Dataset DATASET = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/network"))
            .dataset()
            .orElseThrow();

    private static Set<String> selected(EventFilter filter) {
        Set<String> ids = new HashSet<>();
        filter.select(DATASET).forEach(e -> ids.add(e.id().value()));
        return ids;
    }

    @Test
    void an_empty_dataset_selects_nothing() {
        assertThat(EventFilter.all().select(Dataset.empty())).isEmpty();
    }

    @Test
    void an_event_whose_actors_are_all_only_mentioned_passes_unless_kinds_are_restricted() {
        Event onlyMentioned = new Event(
                EventId.of("only-mentioned"),
                ArticleId.of("a"),
                PartialDate.ofYear(2022),
                Optional.empty(),
                "Talk about others",
                EventType.STATEMENT,
                Optional.empty(),
                Optional.empty(),
                List.of(new Participant(ActorId.of("east-land"), ParticipantRole.MENTIONED)),
                List.of());

        assertThat(EventFilter.all().matches(onlyMentioned, DATASET)).isTrue();
        assertThat(EventFilter.all().withActorKinds(Set.of(ActorKind.STATE)).matches(onlyMentioned, DATASET))
                .isFalse();
    }

    @Test
    void the_unrestricted_filter_selects_every_event_in_time_order() {
        assertThat(EventFilter.all().select(DATASET)).isEqualTo(DATASET.events());
        assertThat(EventFilter.all().isAll()).isTrue();
    }

    @Test
    void empty_sets_mean_no_restriction_and_sets_are_copied() {
        Set<EventType> types = EnumSet.of(EventType.ACCUSE);
        EventFilter filter = EventFilter.all().withTypes(types);
        types.add(EventType.CONSULT);

        assertThat(filter.types()).containsExactly(EventType.ACCUSE);
        assertThat(filter.classes()).isEmpty();
        assertThat(filter).isEqualTo(new EventFilter(TimeWindow.all(), Set.of(), Set.of(EventType.ACCUSE), Set.of()));
    }

    @Test
    void the_window_class_and_type_must_all_match() {
        EventFilter verbalCooperation2024 = EventFilter.all()
                .withWindow(new TimeWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .withClasses(Set.of(EventClass.VERBAL_COOPERATION));

        assertThat(selected(verbalCooperation2024))
                .containsExactlyInAnyOrder("net-2024-call", "net-2024-agreement", "net-2024-summit");
        assertThat(selected(verbalCooperation2024.withTypes(Set.of(EventType.AGREE))))
                .containsExactly("net-2024-agreement");
        assertThat(selected(verbalCooperation2024.withTypes(Set.of(EventType.ACCUSE))))
                .isEmpty();
    }

    @Test
    void actor_kinds_count_only_participants_that_take_part() {
        // The accusation has two persons taking part; the summit one person (Ford) among an organization and a state.
        EventFilter states = EventFilter.all().withActorKinds(Set.of(ActorKind.STATE));
        EventFilter organizations = EventFilter.all().withActorKinds(Set.of(ActorKind.ORGANIZATION));

        assertThat(selected(states)).containsExactlyInAnyOrder("net-2023-sanction", "net-2024-summit");
        assertThat(selected(organizations)).containsExactlyInAnyOrder("net-2022-cooperation", "net-2024-summit");
        assertThat(states.allowsActor(DATASET.actor(ActorId.of("east-land")).orElseThrow()))
                .isTrue();
        assertThat(states.allowsActor(DATASET.actor(ActorId.of("finn-ford")).orElseThrow()))
                .isFalse();
    }

    @Test
    void a_mentioned_actor_of_an_allowed_kind_does_not_make_an_event_match() {
        Event accusation = DATASET.event(EventId.of("net-2024-accusation")).orElseThrow();
        Participant mentioned = accusation.participants().get(2);

        assertThat(mentioned.role()).isEqualTo(ParticipantRole.MENTIONED);
        assertThat(EventFilter.all().takesPart(mentioned, DATASET)).isFalse();
        assertThat(EventFilter.all().withActorKinds(Set.of(ActorKind.STATE)).matches(accusation, DATASET))
                .isFalse();
    }
}
