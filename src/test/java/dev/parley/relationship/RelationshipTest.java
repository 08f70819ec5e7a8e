package dev.parley.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.ArticleId;
import dev.parley.event.Cameo;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.Scores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationshipTest {
    static final ActorId EAST = ActorId.of("east");
    static final ActorId WEST = ActorId.of("west");
    static final ActorId NORTH = ActorId.of("north");
    static final ActorPair PAIR = new ActorPair(EAST, WEST);

    static int counter;

    /** An event of {@code type} from {@code from} to {@code to} on {@code date}. */
    static Event directed(String date, EventType type, ActorId from, ActorId to) {
        return event(
                date,
                type,
                new Participant(from, ParticipantRole.INITIATOR),
                new Participant(to, ParticipantRole.RECIPIENT));
    }

    static Event event(String date, EventType type, Participant... participants) {
        counter++;
        return new Event(
                EventId.of("e" + counter),
                ArticleId.of("a"),
                PartialDate.parse(date),
                Optional.empty(),
                "event " + counter,
                type,
                Optional.empty(),
                Optional.empty(),
                List.of(participants),
                List.of());
    }

    @Test
    void each_month_has_the_mean_score_each_way_and_the_events_by_class() {
        // consult (+1.0) east->west and threaten (-6.0) west->east in March; aid (+7.0) east->west in May
        List<Event> events = List.of(
                directed("2024-03-02", EventType.CONSULT, EAST, WEST),
                directed("2024-03-20", EventType.THREATEN, WEST, EAST),
                directed("2024-05-09", EventType.AID, EAST, WEST));

        Relationship r = Relationship.of(PAIR, events);

        assertThat(r.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(r.periods()).extracting(Period::label).containsExactly("Mar 2024", "Apr 2024", "May 2024");
        Period march = r.periods().getFirst();
        assertThat(march.aToB()).isEqualTo(new Mean(1, 1.0));
        assertThat(march.bToA()).isEqualTo(new Mean(1, -6.0));
        assertThat(march.both().value()).hasValue(-2.5);
        assertThat(march.count(EventClass.VERBAL_COOPERATION)).isEqualTo(1);
        assertThat(march.count(EventClass.VERBAL_CONFLICT)).isEqualTo(1);
        Period april = r.periods().get(1);
        assertThat(april.both().count()).isZero();
        assertThat(april.rolling()).hasValue(-2.5);
        // May's rolling mean spans March to May: (1 - 6 + 7) / 3
        assertThat(r.periods().get(2).rolling().getAsDouble())
                .isEqualTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.aToB()).isEqualTo(new Mean(2, 8.0));
        assertThat(r.bToA()).isEqualTo(new Mean(1, -6.0));
    }

    @Test
    void the_events_behind_it_are_those_whose_score_runs_between_the_two_newest_first() {
        Event older = directed("2024-01-05", EventType.ACCUSE, EAST, WEST);
        Event newer = directed("2024-02-05", EventType.REJECT, WEST, EAST);
        Event onlyMentioned = event(
                "2024-02-06",
                EventType.STATEMENT,
                new Participant(EAST, ParticipantRole.INITIATOR),
                new Participant(WEST, ParticipantRole.MENTIONED));
        Event sideBySide = event(
                "2024-02-07",
                EventType.SANCTION,
                new Participant(EAST, ParticipantRole.INITIATOR),
                new Participant(WEST, ParticipantRole.INITIATOR),
                new Participant(NORTH, ParticipantRole.RECIPIENT));
        Event elsewhere = directed("2024-02-08", EventType.AID, NORTH, WEST);

        Relationship r = Relationship.of(PAIR, List.of(older, onlyMentioned, newer, sideBySide, elsewhere));

        assertThat(r.events()).containsExactly(newer, older);
    }

    @Test
    void a_meeting_of_participants_scores_both_ways() {
        Event meeting = event(
                "2024-06-01",
                EventType.CONSULT,
                new Participant(EAST, ParticipantRole.PARTICIPANT),
                new Participant(WEST, ParticipantRole.PARTICIPANT));

        Relationship r = Relationship.of(PAIR, List.of(meeting));

        assertThat(r.aToB()).isEqualTo(new Mean(1, 1.0));
        assertThat(r.bToA()).isEqualTo(new Mean(1, 1.0));
        assertThat(r.overall()).isEqualTo(new Mean(1, 1.0));
    }

    @Test
    void a_finer_cameo_code_gives_the_event_its_own_score() {
        Event embargo = new Event(
                EventId.of("embargo"),
                ArticleId.of("a"),
                PartialDate.parse("2024-06-01"),
                Optional.empty(),
                "embargo",
                EventType.SANCTION,
                Optional.empty(),
                Optional.empty(),
                List.of(
                        new Participant(EAST, ParticipantRole.INITIATOR),
                        new Participant(WEST, ParticipantRole.RECIPIENT)),
                List.of(),
                Cameo.code("16"));

        assertThat(Relationship.of(PAIR, List.of(embargo)).aToB().value())
                .hasValue(Cameo.code("16").orElseThrow().goldstein());
    }

    @Test
    void a_turning_point_is_where_the_rolling_mean_changes_sign() {
        List<Event> events = new ArrayList<>();
        events.add(directed("2021-01-10", EventType.AGREE, EAST, WEST)); // +4
        events.add(directed("2021-02-10", EventType.AID, WEST, EAST)); // +7
        events.add(directed("2021-03-10", EventType.CONSULT, EAST, WEST)); // +1
        events.add(directed("2022-02-10", EventType.ASSAULT, EAST, WEST)); // -10
        events.add(directed("2022-03-10", EventType.SANCTION, WEST, EAST)); // -4

        Relationship r = Relationship.of(PAIR, events);

        assertThat(r.turningPoints()).extracting(Period::label).containsExactly("Feb 2022");
        // mean (4 + 7 + 1 - 10 - 4) / 5 = -0.4: neither side outweighs the other
        assertThat(r.reading()).isEqualTo("Mixed (mean \u22120.4 over 5 events); turned conflictual in February 2022.");
    }

    @Test
    void a_quiet_gap_is_no_turn_and_the_reading_says_the_lean() {
        List<Event> events = List.of(
                directed("2020-01-10", EventType.AID, EAST, WEST), directed("2020-09-10", EventType.AGREE, WEST, EAST));

        Relationship r = Relationship.of(PAIR, events);

        assertThat(r.periods()).hasSize(9);
        assertThat(r.periods().get(4).rolling()).isEmpty();
        assertThat(r.turningPoints()).isEmpty();
        assertThat(r.reading()).isEqualTo("Mostly cooperative (mean +5.5 over 2 events).");
    }

    @Test
    void several_turns_are_counted_and_the_last_is_named() {
        List<Event> events = List.of(
                directed("2020-01-10", EventType.AID, EAST, WEST),
                directed("2020-05-10", EventType.ASSAULT, WEST, EAST),
                directed("2020-09-10", EventType.AID, WEST, EAST));

        assertThat(Relationship.of(PAIR, events).reading())
                .isEqualTo(
                        "Leaning cooperative (mean +1.3 over 3 events); turned 2 times, last cooperative in September 2020.");
    }

    @Test
    void a_long_relationship_is_read_by_quarter_or_by_year() {
        List<Event> twentyYears = List.of(
                directed("2001-02-01", EventType.CONSULT, EAST, WEST),
                directed("2020-11-01", EventType.CONSULT, WEST, EAST));
        List<Event> fiftyYears = List.of(
                directed("1970-02-01", EventType.CONSULT, EAST, WEST),
                directed("2020-11-01", EventType.CONSULT, WEST, EAST));

        Relationship quarters = Relationship.of(PAIR, twentyYears);
        Relationship years = Relationship.of(PAIR, fiftyYears);

        assertThat(quarters.granularity()).isEqualTo(Granularity.QUARTER);
        assertThat(quarters.periods().getFirst().label()).isEqualTo("Q1 2001");
        assertThat(quarters.periods()).hasSize(80);
        assertThat(years.granularity()).isEqualTo(Granularity.YEAR);
        assertThat(years.periods()).hasSize(51);
        assertThat(years.periods().getFirst().start()).isEqualTo(LocalDate.of(1970, 1, 1));
    }

    @Test
    void a_stretch_without_events_has_no_sign_and_the_turn_comes_with_the_next_events() {
        // March's rolling mean (January to March) is still +7; April's (February to April) has no event, so no sign;
        // May's is -2: the turn is read in May
        List<Event> events = List.of(
                directed("2020-01-10", EventType.AID, EAST, WEST),
                directed("2020-05-10", EventType.ACCUSE, WEST, EAST));

        Relationship r = Relationship.of(PAIR, events);

        assertThat(r.turningPoints()).extracting(Period::label).containsExactly("May 2020");
    }

    @Test
    void the_rolling_mean_turns_where_it_crosses_zero_even_in_a_quiet_period() {
        // rolling means: January -6, February and March (-6 + 3.5) / 2 = -1.25, April (February to April) +3.5 once
        // January has left the window, May none, June +3.5: the line crosses zero in the quiet April
        List<Event> events = List.of(
                directed("2020-01-10", EventType.THREATEN, EAST, WEST),
                directed("2020-02-10", EventType.SUPPORT, WEST, EAST),
                directed("2020-06-10", EventType.SUPPORT, WEST, EAST));

        Relationship r = Relationship.of(PAIR, events);

        assertThat(r.turningPoints()).extracting(Period::label).containsExactly("Apr 2020");
        assertThat(r.reading()).endsWith("; turned cooperative in April 2020.");
    }

    @Test
    void the_lean_is_mixed_near_zero_leaning_beyond_one_and_mostly_beyond_three() {
        assertThat(Relationship.of(PAIR, List.of(directed("2020-01-10", EventType.CONSULT, EAST, WEST)))
                        .reading())
                .startsWith("Leaning cooperative (mean +1.0");
        assertThat(Relationship.of(PAIR, List.of(directed("2020-01-10", EventType.REJECT, EAST, WEST)))
                        .reading())
                .startsWith("Mostly conflictual (mean \u22124.0");
        assertThat(Relationship.of(PAIR, List.of(directed("2020-01-10", EventType.STATEMENT, EAST, WEST)))
                        .reading())
                .startsWith("Mixed (mean 0.0");
        // (3.5 + 7 - 7.2 - 7.2) / 4 = -0.975, shown as -1.0: it reads as the figure it shows
        List<Event> nearlyMinusOne = List.of(
                directed("2020-01-10", EventType.SUPPORT, EAST, WEST),
                directed("2020-01-11", EventType.AID, EAST, WEST),
                directed("2020-01-12", EventType.MOBILIZE, EAST, WEST),
                directed("2020-01-13", EventType.MOBILIZE, EAST, WEST));
        assertThat(Relationship.of(PAIR, nearlyMinusOne).reading()).startsWith("Leaning conflictual (mean \u22121.0");
    }

    @Test
    void without_events_between_them_the_reading_says_so() {
        Relationship r = Relationship.of(PAIR, List.of(directed("2024-01-01", EventType.AID, NORTH, WEST)));

        assertThat(r.periods()).isEmpty();
        assertThat(r.reading()).isEqualTo("No event runs between the two in this view.");
    }

    @Test
    void scores_read_with_a_sign_and_a_true_minus() {
        assertThat(Scores.format(2.06)).isEqualTo("+2.1");
        assertThat(Scores.format(-4)).isEqualTo("\u22124.0");
        assertThat(Scores.format(-0.01)).isEqualTo("0.0");
    }
}
