package dev.parley.network;

import static dev.parley.network.NetworkFixture.ANNA;
import static dev.parley.network.NetworkFixture.BORIS;
import static dev.parley.network.NetworkFixture.CARLA;
import static dev.parley.network.NetworkFixture.DATASET;
import static dev.parley.network.NetworkFixture.DELTA;
import static dev.parley.network.NetworkFixture.EAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A connection's tone on five events whose scores are worked out by hand from the Goldstein scores of their types'
 * CAMEO roots (consult 04: +1, agree 03: +4, statement 01: 0, sanction 16: -4, assault 19: -10).
 *
 * <pre>
 * call       consult    Anna -> Boris                         Anna-Boris +1
 * sanctions  sanction   Boris -> Anna, Carla mentioned         Anna-Boris -4; Carla takes no part
 * summit     agree      Anna, Boris, Delta all participants   every pair +4, each once
 * strike     assault    Anna and Carla -> Boris               Anna-Boris -10, Carla-Boris -10; Anna-Carla unscored
 * remark     statement  Anna -> Boris                         Anna-Boris 0
 * </pre>
 */
class ToneTest {
    private static final ActorNetwork NETWORK = ActorNetwork.of(
            new Dataset(
                    DATASET.actors(),
                    DATASET.articles(),
                    List.of(
                            event("call", "2024-01-10", EventType.CONSULT, initiator(ANNA), recipient(BORIS)),
                            event(
                                    "sanctions",
                                    "2024-02-01",
                                    EventType.SANCTION,
                                    initiator(BORIS),
                                    recipient(ANNA),
                                    new Participant(CARLA, ParticipantRole.MENTIONED)),
                            event(
                                    "summit",
                                    "2024-03-05",
                                    EventType.AGREE,
                                    participant(ANNA),
                                    participant(BORIS),
                                    participant(DELTA)),
                            event(
                                    "strike",
                                    "2024-04-20",
                                    EventType.ASSAULT,
                                    initiator(ANNA),
                                    initiator(CARLA),
                                    recipient(BORIS)),
                            event("remark", "2024-05-02", EventType.STATEMENT, initiator(ANNA), recipient(BORIS)),
                            event("lone", "2024-06-01", EventType.CONSULT, initiator(EAST), recipient(DELTA)))),
            EventFilter.all());

    private static Tone tone(ActorId a, ActorId b) {
        return NETWORK.connection(a, b, ConnectionKind.INTERACTION)
                .orElseThrow()
                .tone();
    }

    @Test
    void the_mean_score_of_a_connection_is_the_mean_of_its_scored_events_each_counted_once() {
        Tone tone = tone(ANNA, BORIS);

        assertThat(tone.scored()).isEqualTo(5);
        assertThat(tone.scoreSum()).isCloseTo(1 - 4 + 4 - 10 + 0, within(1e-9));
        assertThat(tone.mean()).hasValueCloseTo(-9.0 / 5, within(1e-9));
    }

    @Test
    void a_connection_counts_its_events_by_class_scored_or_not() {
        assertThat(tone(ANNA, BORIS).byClass())
                .isEqualTo(Map.of(
                        EventClass.VERBAL_COOPERATION, 2,
                        EventClass.MATERIAL_CONFLICT, 2,
                        EventClass.NEUTRAL, 1));
        assertThat(tone(ANNA, BORIS).count(EventClass.VERBAL_CONFLICT)).isZero();
    }

    @Test
    void two_initiators_share_an_event_but_no_score() {
        Connection together =
                NETWORK.connection(ANNA, CARLA, ConnectionKind.INTERACTION).orElseThrow();

        assertThat(together.events()).containsExactly(EventId.of("strike"));
        assertThat(together.tone().scored()).isZero();
        assertThat(together.tone().mean()).isEmpty();
        assertThat(together.tone().byClass()).isEqualTo(Map.of(EventClass.MATERIAL_CONFLICT, 1));
    }

    @Test
    void a_mentioned_actor_gets_neither_a_connection_nor_a_score_from_the_event() {
        Tone carlaBoris = tone(BORIS, CARLA);

        assertThat(NETWORK.connection(BORIS, CARLA, ConnectionKind.INTERACTION)
                        .orElseThrow()
                        .events())
                .as("only the strike, not the sanctions she is mentioned in")
                .containsExactly(EventId.of("strike"));
        assertThat(carlaBoris.scored()).isEqualTo(1);
        assertThat(carlaBoris.mean()).hasValueCloseTo(-10.0, within(1e-9));
    }

    @Test
    void participants_of_a_meeting_score_every_pair_among_them_once() {
        assertThat(tone(ANNA, DELTA).scored()).isEqualTo(1);
        assertThat(tone(ANNA, DELTA).mean()).hasValueCloseTo(4.0, within(1e-9));
        assertThat(tone(BORIS, DELTA).scored()).isEqualTo(1);
        assertThat(tone(BORIS, DELTA).mean()).hasValueCloseTo(4.0, within(1e-9));
    }

    @Test
    void a_one_way_event_scores_the_connection_whichever_end_began_it() {
        assertThat(tone(DELTA, EAST).scored()).isEqualTo(1);
        assertThat(tone(DELTA, EAST).mean()).hasValueCloseTo(1.0, within(1e-9));
    }

    @Test
    void an_affiliation_has_no_tone() {
        Connection role = ActorNetwork.of(DATASET, EventFilter.all()).connections().stream()
                .filter(c -> c.kind() == ConnectionKind.AFFILIATION)
                .findFirst()
                .orElseThrow();

        assertThat(role.tone()).isEqualTo(Tone.NONE);
        assertThat(role.tone().mean()).isEmpty();
    }

    private static Event event(String id, String date, EventType type, Participant... participants) {
        return new Event(
                EventId.of(id),
                ArticleId.of("tone-fixture"),
                PartialDate.parse(date),
                Optional.empty(),
                id,
                type,
                Optional.empty(),
                Optional.empty(),
                Arrays.asList(participants),
                List.of());
    }

    private static Participant initiator(ActorId actor) {
        return new Participant(actor, ParticipantRole.INITIATOR);
    }

    private static Participant recipient(ActorId actor) {
        return new Participant(actor, ParticipantRole.RECIPIENT);
    }

    private static Participant participant(ActorId actor) {
        return new Participant(actor, ParticipantRole.PARTICIPANT);
    }
}
