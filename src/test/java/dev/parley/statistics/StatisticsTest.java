package dev.parley.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The statistics on the fixture under {@code src/test/resources/fixtures/valid}, counted by hand. Its eight events,
 * by the month they count in (the month their date starts), with the actors that take part:
 * <pre>
 * 2022-01  accusation (year-only "2022")     verbal conflict        united-states, russia
 * 2022-02  invasion                          material conflict      russia (zelensky only mentioned)
 * 2023-01  aid (month-only)                  material cooperation   united-states, volodymyr-zelensky
 * 2025-02  phone call                        verbal cooperation     donald-trump, vladimir-putin
 * 2025-02  statement                         neutral                volodymyr-zelensky (trump only mentioned)
 * 2025-03  talks (11 to 13 March)            verbal cooperation     united-states, volodymyr-zelensky
 * 2025-03  request (month-only)              verbal cooperation     volodymyr-zelensky, united-states
 * 2025-03  sanctions                         material conflict      united-states, russia (putin only mentioned)
 * </pre>
 * January 2022 to March 2025 is 39 months. Interactions: united-states with russia (2 events) and with zelensky (3),
 * trump with putin (1).
 */
class StatisticsTest {
    private static final Dataset DATASET = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/valid"))
            .dataset()
            .orElseThrow();
    private static final ActorId US = ActorId.of("united-states");
    private static final ActorId RUSSIA = ActorId.of("russia");
    private static final ActorId ZELENSKY = ActorId.of("volodymyr-zelensky");
    private static final ActorId TRUMP = ActorId.of("donald-trump");
    private static final ActorId PUTIN = ActorId.of("vladimir-putin");
    private static final YearMonth JAN_2022 = YearMonth.of(2022, 1);
    private static final YearMonth FEB_2022 = YearMonth.of(2022, 2);
    private static final YearMonth JAN_2023 = YearMonth.of(2023, 1);
    private static final YearMonth FEB_2025 = YearMonth.of(2025, 2);
    private static final YearMonth MAR_2025 = YearMonth.of(2025, 3);

    private static Statistics of(EventFilter filter) {
        return new Statistics(filter.select(DATASET), ActorNetwork.of(DATASET, filter));
    }

    private static Statistics all() {
        return of(EventFilter.all());
    }

    private static Event event(String id, PartialDate date, EventType type, ActorId... actors) {
        return new Event(
                EventId.of(id),
                ArticleId.of("a"),
                date,
                Optional.empty(),
                id,
                type,
                Optional.empty(),
                Optional.empty(),
                java.util.Arrays.stream(actors)
                        .map(a -> new Participant(a, ParticipantRole.PARTICIPANT))
                        .toList(),
                List.of());
    }

    @Nested
    class EdgeCases {
        @Test
        void no_events_give_no_months_no_counts_and_no_actors() {
            Statistics statistics = new Statistics(List.of(), ActorNetwork.of(Dataset.empty(), EventFilter.all()));

            assertThat(statistics.months()).isEmpty();
            assertThat(statistics.eventsPerMonth().isEmpty()).isTrue();
            assertThat(statistics.eventsPerMonth().keys()).containsExactly(EventClass.values());
            assertThat(statistics.eventsPerMonth().row(EventClass.NEUTRAL)).isEmpty();
            assertThat(statistics.cooperationAndConflict().max()).isZero();
            assertThat(statistics.topActors(Metric.DEGREE, 10)).isEmpty();
            assertThat(statistics.activityOfMostActive(10).keys()).isEmpty();
        }

        @Test
        void one_event_gives_one_month_with_one_event() {
            Event call = event("call", PartialDate.ofDay(LocalDate.of(2025, 2, 12)), EventType.CONSULT, TRUMP, PUTIN);
            Dataset dataset = new Dataset(DATASET.actors(), List.of(), List.of(call));
            Statistics statistics = new Statistics(List.of(call), ActorNetwork.of(dataset, EventFilter.all()));

            assertThat(statistics.months()).containsExactly(FEB_2025);
            assertThat(statistics.eventsPerMonth().row(EventClass.VERBAL_COOPERATION))
                    .containsExactly(1);
            assertThat(statistics.eventsPerMonth().row(EventClass.NEUTRAL)).containsExactly(0);
            assertThat(statistics.cooperationAndConflict().row(Stance.COOPERATION))
                    .containsExactly(1);
            assertThat(statistics.topActors(Metric.DEGREE, 10))
                    .extracting(ActorScore::actor, ActorScore::score)
                    .containsExactly(tuple(TRUMP, 1.0), tuple(PUTIN, 1.0));
            assertThat(statistics.activityOfMostActive(10).counts())
                    .containsExactly(java.util.Map.entry(TRUMP, List.of(1)), java.util.Map.entry(PUTIN, List.of(1)));
        }

        @Test
        void a_year_only_event_counts_once_in_january_and_a_month_only_event_in_its_month() {
            Event year = event("year", PartialDate.ofYear(2022), EventType.ACCUSE, US, RUSSIA);
            Event month = event("month", PartialDate.ofMonth(2022, 3), EventType.AID, US, ZELENSKY);
            Dataset dataset = new Dataset(DATASET.actors(), List.of(), List.of(year, month));
            Statistics statistics = new Statistics(List.of(month, year), ActorNetwork.of(dataset, EventFilter.all()));

            assertThat(statistics.months()).containsExactly(JAN_2022, FEB_2022, YearMonth.of(2022, 3));
            assertThat(statistics.eventsPerMonth().row(EventClass.VERBAL_CONFLICT))
                    .containsExactly(1, 0, 0);
            assertThat(statistics.eventsPerMonth().row(EventClass.MATERIAL_COOPERATION))
                    .containsExactly(0, 0, 1);
            assertThat(statistics.activityOfMostActive(10).row(US)).containsExactly(1, 0, 1);
        }

        @Test
        void an_event_with_an_end_counts_only_in_the_month_it_starts() {
            Event summit = new Event(
                    EventId.of("summit"),
                    ArticleId.of("a"),
                    PartialDate.ofDay(LocalDate.of(2025, 1, 30)),
                    Optional.of(PartialDate.ofDay(LocalDate.of(2025, 2, 2))),
                    "summit",
                    EventType.CONSULT,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(new Participant(US, ParticipantRole.PARTICIPANT)),
                    List.of());
            Statistics statistics =
                    new Statistics(List.of(summit), ActorNetwork.of(Dataset.empty(), EventFilter.all()));

            assertThat(statistics.months()).containsExactly(YearMonth.of(2025, 1));
            assertThat(statistics.eventsPerMonth().totalIn(YearMonth.of(2025, 1)))
                    .isEqualTo(1);
        }

        @Test
        void a_negative_number_of_actors_is_refused() {
            assertThatThrownBy(() -> all().topActors(Metric.DEGREE, -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> all().activityOfMostActive(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class EventsPerMonth {
        @Test
        void the_months_run_without_gaps_from_the_first_event_to_the_last() {
            List<YearMonth> months = all().months();

            assertThat(months).hasSize(39).startsWith(JAN_2022, FEB_2022).endsWith(FEB_2025, MAR_2025);
        }

        @Test
        void every_event_counts_once_in_its_class_and_month() {
            MonthlyCounts<EventClass> counts = all().eventsPerMonth();

            assertThat(counts.count(EventClass.VERBAL_CONFLICT, JAN_2022)).isEqualTo(1);
            assertThat(counts.count(EventClass.MATERIAL_CONFLICT, FEB_2022)).isEqualTo(1);
            assertThat(counts.count(EventClass.MATERIAL_COOPERATION, JAN_2023)).isEqualTo(1);
            assertThat(counts.count(EventClass.VERBAL_COOPERATION, FEB_2025)).isEqualTo(1);
            assertThat(counts.count(EventClass.NEUTRAL, FEB_2025)).isEqualTo(1);
            assertThat(counts.count(EventClass.VERBAL_COOPERATION, MAR_2025)).isEqualTo(2);
            assertThat(counts.count(EventClass.MATERIAL_CONFLICT, MAR_2025)).isEqualTo(1);
            assertThat(counts.totalIn(MAR_2025)).isEqualTo(3);
            assertThat(counts.totalIn(YearMonth.of(2024, 6))).isZero();
            assertThat(counts.keys().stream().mapToInt(counts::total).sum()).isEqualTo(8);
            assertThat(counts.max()).isEqualTo(2);
        }

        @Test
        void a_month_outside_the_range_counts_nothing() {
            assertThat(all().eventsPerMonth().count(EventClass.NEUTRAL, YearMonth.of(2030, 1)))
                    .isZero();
            assertThat(all().eventsPerMonth().totalIn(YearMonth.of(2021, 12))).isZero();
        }
    }

    @Nested
    class CooperationAndConflict {
        @Test
        void cooperation_and_conflict_add_up_their_verbal_and_material_classes_and_leave_neutral_out() {
            MonthlyCounts<Stance> counts = all().cooperationAndConflict();

            assertThat(counts.keys()).containsExactly(Stance.COOPERATION, Stance.CONFLICT);
            assertThat(counts.count(Stance.COOPERATION, JAN_2023)).isEqualTo(1);
            assertThat(counts.count(Stance.COOPERATION, FEB_2025)).isEqualTo(1);
            assertThat(counts.count(Stance.COOPERATION, MAR_2025)).isEqualTo(2);
            assertThat(counts.count(Stance.CONFLICT, JAN_2022)).isEqualTo(1);
            assertThat(counts.count(Stance.CONFLICT, FEB_2022)).isEqualTo(1);
            assertThat(counts.count(Stance.CONFLICT, MAR_2025)).isEqualTo(1);
            assertThat(counts.total(Stance.COOPERATION)).isEqualTo(4);
            assertThat(counts.total(Stance.CONFLICT)).isEqualTo(3);
        }
    }

    @Nested
    class TopActors {
        @Test
        void actors_are_listed_by_their_metric_value_with_ties_by_id() {
            assertThat(all().topActors(Metric.WEIGHTED_DEGREE, 10))
                    .extracting(ActorScore::actor, ActorScore::score, ActorScore::rank)
                    .containsExactly(
                            tuple(US, 5.0, 1),
                            tuple(ZELENSKY, 3.0, 2),
                            tuple(RUSSIA, 2.0, 3),
                            tuple(TRUMP, 1.0, 4),
                            tuple(PUTIN, 1.0, 4));
        }

        @Test
        void only_the_first_n_are_listed() {
            assertThat(all().topActors(Metric.DEGREE, 2))
                    .extracting(ActorScore::actor, ActorScore::score)
                    .containsExactly(tuple(US, 2.0), tuple(TRUMP, 1.0));
        }

        @Test
        void actors_present_only_through_a_role_are_left_out() {
            TimeWindow february2025 = new TimeWindow(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
            Statistics statistics = of(EventFilter.all().withWindow(february2025));

            assertThat(statistics.topActors(Metric.DEGREE, 10))
                    .extracting(ActorScore::actor)
                    .containsExactly(TRUMP, PUTIN, ZELENSKY);
        }
    }

    @Nested
    class Activity {
        @Test
        void the_most_active_actors_come_first_with_their_events_per_month_and_mentions_do_not_count() {
            MonthlyCounts<ActorId> activity = all().activityOfMostActive(10);

            assertThat(activity.keys()).containsExactly(US, ZELENSKY, RUSSIA, TRUMP, PUTIN);
            assertThat(activity.total(US)).isEqualTo(5);
            assertThat(activity.count(US, JAN_2022)).isEqualTo(1);
            assertThat(activity.count(US, JAN_2023)).isEqualTo(1);
            assertThat(activity.count(US, MAR_2025)).isEqualTo(3);
            assertThat(activity.count(ZELENSKY, FEB_2022))
                    .as("only mentioned in the invasion")
                    .isZero();
            assertThat(activity.count(ZELENSKY, FEB_2025)).isEqualTo(1);
            assertThat(activity.count(ZELENSKY, MAR_2025)).isEqualTo(2);
            assertThat(activity.total(RUSSIA)).isEqualTo(3);
            assertThat(activity.count(TRUMP, FEB_2025))
                    .as("mentioned in the statement")
                    .isEqualTo(1);
            assertThat(activity.count(PUTIN, MAR_2025))
                    .as("mentioned in the sanctions")
                    .isZero();
        }

        @Test
        void only_the_n_most_active_are_kept() {
            assertThat(all().activityOfMostActive(2).keys()).containsExactly(US, ZELENSKY);
            assertThat(all().activityOfMostActive(0).keys()).isEmpty();
        }

        @Test
        void an_actor_kind_filter_keeps_only_actors_of_that_kind() {
            MonthlyCounts<ActorId> activity = of(EventFilter.all().withActorKinds(Set.of(ActorKind.PERSON)))
                    .activityOfMostActive(10);

            assertThat(activity.keys()).containsExactly(ZELENSKY, TRUMP, PUTIN);
            assertThat(activity.total(ZELENSKY)).isEqualTo(4);
            assertThat(activity.months()).startsWith(JAN_2023).endsWith(MAR_2025);
        }
    }

    @Nested
    class Counts {
        @Test
        void counts_refuse_months_with_gaps_and_rows_of_the_wrong_length() {
            assertThatThrownBy(() -> new MonthlyCounts<>(List.of(JAN_2022, MAR_2025), java.util.Map.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MonthlyCounts<>(List.of(JAN_2022), java.util.Map.of("x", List.of(1, 2))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void an_unknown_key_counts_zero_in_every_month() {
            MonthlyCounts<String> counts = new MonthlyCounts<>(List.of(JAN_2022, FEB_2022), java.util.Map.of());

            assertThat(counts.row("x")).isEqualTo(Collections.nCopies(2, 0));
            assertThat(counts.total("x")).isZero();
        }
    }
}
