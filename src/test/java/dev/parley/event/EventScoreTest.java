package dev.parley.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.Event.Flow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An event's score and the directions it runs in, on a small fixture worked out by hand from the Goldstein scores of
 * {@code cameo.tsv} (consult 04 = +1.0, accuse 11 = -2.0, threaten 13 = -6.0, sanction 16 = -4.0, and the finer code
 * 163 "Impose embargo, boycott, or sanctions" = -8.0).
 */
class EventScoreTest {
    private static final ActorId A = ActorId.of("a");
    private static final ActorId B = ActorId.of("b");
    private static final ActorId C = ActorId.of("c");

    private static Participant initiator(ActorId actor) {
        return new Participant(actor, ParticipantRole.INITIATOR);
    }

    private static Participant recipient(ActorId actor) {
        return new Participant(actor, ParticipantRole.RECIPIENT);
    }

    private static Participant participant(ActorId actor) {
        return new Participant(actor, ParticipantRole.PARTICIPANT);
    }

    private static Participant mentioned(ActorId actor) {
        return new Participant(actor, ParticipantRole.MENTIONED);
    }

    private static Event event(String id, EventType type, Optional<String> cameo, Participant... participants) {
        return new Event(
                EventId.of(id),
                ArticleId.of("article"),
                PartialDate.ofYear(2025),
                Optional.empty(),
                id,
                type,
                Optional.empty(),
                Optional.empty(),
                List.of(participants),
                List.of(),
                cameo.map(code -> Cameo.code(code).orElseThrow()));
    }

    private static Event event(String id, EventType type, Participant... participants) {
        return event(id, type, Optional.empty(), participants);
    }

    private static Flow flow(ActorId from, ActorId to) {
        return new Flow(from, to);
    }

    /** A sanctions A; A, B and C meet; A accuses B in a statement that mentions C; A and B threaten C; A embargoes B. */
    private static final List<Event> FIXTURE = List.of(
            event("sanction", EventType.SANCTION, initiator(A), recipient(B)),
            event("meeting", EventType.CONSULT, participant(A), participant(B), participant(C)),
            event("accusation", EventType.ACCUSE, initiator(A), recipient(B), mentioned(C)),
            event("joint-threat", EventType.THREATEN, initiator(A), initiator(B), recipient(C)),
            event("embargo", EventType.SANCTION, Optional.of("163"), initiator(A), recipient(B)));

    private static Event fixture(String id) {
        return FIXTURE.stream()
                .filter(e -> e.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_event_without_a_finer_code_takes_the_score_of_its_types_root() {
        assertThat(fixture("sanction").score()).isEqualTo(-4.0);
        assertThat(fixture("meeting").score()).isEqualTo(1.0);
        assertThat(fixture("accusation").score()).isEqualTo(-2.0);
        assertThat(fixture("joint-threat").score()).isEqualTo(-6.0);
    }

    @Test
    void an_event_with_a_finer_cameo_code_takes_that_codes_score() {
        Event embargo = fixture("embargo");

        assertThat(embargo.cameo()).map(CameoCode::code).contains("163");
        assertThat(embargo.score()).isEqualTo(-8.0);
        assertThat(embargo.type().goldstein()).isEqualTo(-4.0);
    }

    @Test
    void a_score_runs_from_the_initiator_to_the_recipient_only() {
        assertThat(fixture("sanction").flows()).containsExactly(flow(A, B));
    }

    @Test
    void a_participant_meeting_of_three_scores_every_pair_both_ways() {
        assertThat(fixture("meeting").flows())
                .containsExactly(flow(A, B), flow(A, C), flow(B, A), flow(B, C), flow(C, A), flow(C, B));
    }

    @Test
    void a_mentioned_actor_gets_no_score_in_either_direction() {
        assertThat(fixture("accusation").flows()).containsExactly(flow(A, B));
        assertThat(event("about-c", EventType.STATEMENT, participant(A), mentioned(C))
                        .flows())
                .isEmpty();
    }

    @Test
    void two_initiators_do_not_score_each_other() {
        assertThat(fixture("joint-threat").flows()).containsExactly(flow(A, C), flow(B, C));
    }

    @Test
    void a_participant_beside_an_initiator_scores_both_ways_with_everyone_taking_part() {
        assertThat(event("talks", EventType.CONSULT, initiator(A), participant(B), recipient(C))
                        .flows())
                .containsExactly(flow(A, B), flow(A, C), flow(B, A), flow(B, C), flow(C, B));
    }

    @Test
    void an_actor_alone_has_no_one_to_score() {
        assertThat(event("alone", EventType.STATEMENT, initiator(A)).flows()).isEmpty();
    }

    @Test
    void asking_whether_a_score_runs_one_way_agrees_with_the_events_flows() {
        for (Event e : FIXTURE) {
            for (ActorId from : List.of(A, B, C, ActorId.of("d"))) {
                for (ActorId to : List.of(A, B, C, ActorId.of("d"))) {
                    assertThat(e.runs(from, to))
                            .as(e.id() + ": " + from + " -> " + to)
                            .isEqualTo(e.flows().contains(flow(from, to)));
                }
            }
        }
        assertThat(fixture("sanction").runs(A, B)).isTrue();
        assertThat(fixture("sanction").runs(B, A)).isFalse();
    }

    @Test
    void the_fixture_sums_to_the_directed_scores_worked_out_by_hand() {
        Map<Flow, Double> sums = new HashMap<>();
        for (Event event : FIXTURE) {
            event.flows().forEach(f -> sums.merge(f, event.score(), Double::sum));
        }

        // A to B: sanction -4, meeting +1, accusation -2, embargo -8. B to A: meeting +1 only.
        assertThat(sums)
                .containsOnly(
                        Map.entry(flow(A, B), -13.0),
                        Map.entry(flow(B, A), 1.0),
                        Map.entry(flow(A, C), 1.0 - 6.0),
                        Map.entry(flow(C, A), 1.0),
                        Map.entry(flow(B, C), 1.0 - 6.0),
                        Map.entry(flow(C, B), 1.0));
    }

    @Test
    void the_event_refuses_a_cameo_code_outside_its_types_roots() {
        assertThatThrownBy(() -> event("bad", EventType.CONSULT, Optional.of("163"), participant(A), participant(B)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("163")
                .hasMessageContaining("consult");
    }

    @Test
    void the_event_accepts_a_code_under_any_of_its_types_roots() {
        Event demand = event("demand", EventType.ACCUSE, Optional.of("1056"), initiator(A), recipient(B));

        assertThat(demand.score()).isEqualTo(-5.0);
    }
}
