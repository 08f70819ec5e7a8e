package dev.parley.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private static final TimeWindow JUNE_2022 = new TimeWindow(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30));

    static Event event(String date, Optional<String> end) {
        return new Event(
                EventId.of("e"),
                ArticleId.of("a"),
                PartialDate.parse(date),
                end.map(PartialDate::parse),
                "An event",
                EventType.CONSULT,
                Optional.empty(),
                Optional.empty(),
                List.of(new Participant(ActorId.of("x"), ParticipantRole.PARTICIPANT)),
                List.of());
    }

    static Event event(String date) {
        return event(date, Optional.empty());
    }

    @Test
    void a_window_cannot_end_before_it_starts() {
        assertThatThrownBy(() -> new TimeWindow(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void a_single_day_window_is_allowed_and_inclusive() {
        TimeWindow day = TimeWindow.of(LocalDate.of(2022, 6, 1));

        assertThat(day.overlaps(event("2022-06-01"))).isTrue();
        assertThat(day.overlaps(event("2022-06-02"))).isFalse();
        assertThat(day.isAll()).isFalse();
    }

    @Test
    void the_unbounded_window_overlaps_every_event() {
        assertThat(TimeWindow.all().isAll()).isTrue();
        assertThat(TimeWindow.all().overlaps(event("0001"))).isTrue();
        assertThat(TimeWindow.all().overlaps(event("9999-12-31"))).isTrue();
    }

    @Test
    void a_year_only_event_overlaps_a_window_of_one_month_of_that_year() {
        assertThat(JUNE_2022.overlaps(event("2022"))).isTrue();
        assertThat(JUNE_2022.overlaps(event("2021"))).isFalse();
        assertThat(JUNE_2022.overlaps(PartialDate.ofYear(2022))).isTrue();
    }

    @Test
    void a_month_event_overlaps_when_any_of_its_days_is_inside() {
        assertThat(JUNE_2022.overlaps(event("2022-06"))).isTrue();
        assertThat(JUNE_2022.overlaps(event("2022-05"))).isFalse();
        assertThat(new TimeWindow(LocalDate.of(2022, 5, 31), LocalDate.of(2022, 5, 31)).overlaps(event("2022-05")))
                .isTrue();
    }

    @Test
    void an_event_with_an_end_overlaps_every_window_its_span_meets() {
        Event spring = event("2022-03-20", Optional.of("2022-06-01"));

        assertThat(JUNE_2022.overlaps(spring)).isTrue();
        assertThat(new TimeWindow(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30)).overlaps(spring))
                .isTrue();
        assertThat(new TimeWindow(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 30)).overlaps(spring))
                .isFalse();
        assertThat(JUNE_2022.contains(LocalDate.of(2022, 6, 30))).isTrue();
        assertThat(JUNE_2022.contains(LocalDate.of(2022, 7, 1))).isFalse();
    }

    @Test
    void covering_runs_from_the_first_day_of_the_earliest_event_to_the_last_day_of_any_event() {
        Dataset dataset = new DatasetLoader()
                .load(Path.of("src/test/resources/fixtures/network"))
                .dataset()
                .orElseThrow();

        assertThat(TimeWindow.covering(dataset))
                .isEqualTo(new TimeWindow(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 7, 1)));
        assertThat(TimeWindow.covering(Dataset.empty())).isEqualTo(TimeWindow.all());
    }

    @Test
    void the_window_of_an_event_runs_from_its_first_to_its_last_possible_day() {
        assertThat(TimeWindow.covering(event("2022-06"))).isEqualTo(JUNE_2022);
        assertThat(TimeWindow.covering(event("2022-03-20", Optional.of("2022-06"))))
                .isEqualTo(new TimeWindow(LocalDate.of(2022, 3, 20), LocalDate.of(2022, 6, 30)));
        assertThat(TimeWindow.covering(event("2022-06-05"))).isEqualTo(TimeWindow.of(LocalDate.of(2022, 6, 5)));
    }

    @Test
    void the_union_of_two_windows_holds_both_and_the_days_between_them() {
        TimeWindow august = new TimeWindow(LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31));
        TimeWindow summer = new TimeWindow(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 8, 31));

        assertThat(JUNE_2022.union(august)).isEqualTo(summer);
        assertThat(august.union(JUNE_2022)).isEqualTo(summer);
        assertThat(summer.union(august)).isEqualTo(summer);
        assertThat(JUNE_2022.union(JUNE_2022)).isEqualTo(JUNE_2022);
        assertThat(JUNE_2022.union(TimeWindow.all()).isAll()).isTrue();
    }
}
