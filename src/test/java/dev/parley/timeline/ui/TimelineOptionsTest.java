package dev.parley.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.chart.CustomSeries;
import dev.parley.chart.DataItem;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.explorer.LaneMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimelineOptionsTest {
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = new DatasetLoader().load(Path.of("src/test/resources/fixtures/valid")).dataset().orElseThrow();
    }

    private static DataItem item(TimelineOptions.Built built, String id) {
        return built.option().option().series().stream().map(s -> (CustomSeries) s).flatMap(s -> s.data().stream())
                .filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static DataItem itemAt(TimelineOptions.Built built, TimelineOptions.ItemRef ref) {
        return built.option().option().series().stream().map(s -> (CustomSeries) s)
                .filter(s -> s.id().equals(ref.seriesId())).findFirst().orElseThrow().data().get(ref.index());
    }

    @Test
    void an_empty_dataset_gives_an_empty_timeline_with_all_class_lanes() {
        var built = TimelineOptions.build(List.of(), Dataset.empty(), LaneMode.CLASS, List.of());
        assertThat(built.option().option().yAxis().getFirst().data()).hasSize(5);
        assertThat(built.items()).isEmpty();
    }

    @Test
    void a_day_spans_one_day_a_year_spans_the_year_and_an_end_extends_the_span() {
        var built = TimelineOptions.build(dataset.events(), dataset, LaneMode.CLASS, List.of());
        var day = item(built, "fixture-phone-call").value();
        assertThat(Instant.ofEpochMilli(day.get(0).longValue())).isEqualTo(Instant.parse("2025-02-12T00:00:00Z"));
        assertThat(Instant.ofEpochMilli(day.get(1).longValue())).isEqualTo(Instant.parse("2025-02-12T23:59:59Z"));
        var year = item(built, "fixture-year-only-accusation").value();
        assertThat(Instant.ofEpochMilli(year.get(1).longValue())).isEqualTo(Instant.parse("2022-12-31T23:59:59Z"));
        var talks = item(built, "fixture-talks").value();
        assertThat(Instant.ofEpochMilli(talks.get(1).longValue())).isEqualTo(Instant.parse("2025-03-13T23:59:59Z"));
    }

    @Test
    void events_sit_in_the_lane_of_their_class_and_series_follow_the_classes() {
        var built = TimelineOptions.build(dataset.events(), dataset, LaneMode.CLASS, List.of());
        assertThat(item(built, "fixture-sanctions").value().get(2)).isEqualTo(4);
        assertThat(item(built, "fixture-phone-call").value().get(2)).isEqualTo(1);
        assertThat(built.option().option().series()).extracting(s -> ((CustomSeries) s).name())
                .containsExactly("Neutral", "Verbal cooperation", "Material cooperation", "Verbal conflict",
                        "Material conflict");
    }

    @Test
    void overlapping_events_in_one_lane_take_different_slots() {
        var built = TimelineOptions.build(dataset.events(), dataset, LaneMode.SINGLE, List.of());
        var call = item(built, "fixture-phone-call");
        var statement = item(built, "fixture-same-day-statement");
        assertThat(call.row().slot()).isNotEqualTo(statement.row().slot());
        assertThat(call.row().slots()).isEqualTo(statement.row().slots());
        assertThat(call.value()).as("only what the axes encode: from, to, lane").hasSize(3);
    }

    @Test
    void in_actor_lanes_an_event_is_drawn_once_per_taking_part_actor_and_mentions_do_not_count() {
        var built = TimelineOptions.build(dataset.events(), dataset, LaneMode.ACTOR,
                List.of(ActorId.of("united-nations")));
        List<String> lanes = built.option().option().yAxis().getFirst().data();
        assertThat(lanes.getFirst()).isEqualTo("United Nations");
        assertThat(lanes.getLast()).isEqualTo("Others");
        assertThat(built.items().get(EventId.of("fixture-sanctions"))).hasSize(2);
        assertThat(built.items().get(EventId.of("fixture-invasion"))).hasSize(1);
        Event sanctions = dataset.event(EventId.of("fixture-sanctions")).orElseThrow();
        assertThat(built.items().get(sanctions.id())).allSatisfy(ref -> assertThat(TimelineOptions.eventIdOf(
                itemAt(built, ref).id())).isEqualTo("fixture-sanctions"));
    }

    @Test
    void tooltips_say_the_date_with_its_precision_and_the_participants() {
        var built = TimelineOptions.build(dataset.events(), dataset, LaneMode.CLASS, List.of());
        assertThat(item(built, "fixture-month-request").tooltipLines()).containsExactly(
                "Zelensky asks for air defence", "March 2025 (month only)", "Verbal cooperation · request",
                "Volodymyr Zelensky → United States");
    }
}
