package dev.parley.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.BinKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.CustomSeries;
import dev.parley.chart.DataItem;
import dev.parley.chart.EChart;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import dev.parley.timeline.LaneMode;
import dev.parley.timeline.TimeScale;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimelineOptionsTest {
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = new DatasetLoader()
                .load(Path.of("src/test/resources/fixtures/valid"))
                .dataset()
                .orElseThrow();
    }

    /** The item drawing an event on its only lane. */
    private static DataItem item(TimelineOptions.Built built, String eventId) {
        return item(built, EventKey.of(EventId.of(eventId)));
    }

    private static DataItem item(TimelineOptions.Built built, ChartKey key) {
        String id = ChartKeyCodec.encode(key);
        return items(built).stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id));
    }

    private static List<DataItem> items(TimelineOptions.Built built) {
        return built.option().option().series().stream()
                .map(s -> (CustomSeries) s)
                .flatMap(s -> s.data().stream())
                .toList();
    }

    /** The key a click on the item reports. */
    private static Optional<ChartKey> clicked(DataItem item) {
        return new ChartItemClickEvent(new EChart(), true, "class-neutral", null, item.id()).getKey();
    }

    private static DataItem itemAt(TimelineOptions.Built built, TimelineOptions.ItemRef ref) {
        return built.option().option().series().stream()
                .map(s -> (CustomSeries) s)
                .filter(s -> s.id().equals(ref.seriesId()))
                .findFirst()
                .orElseThrow()
                .data()
                .get(ref.index());
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
        assertThat(built.option().option().series())
                .extracting(s -> ((CustomSeries) s).name())
                .containsExactly(
                        "Neutral",
                        "Verbal cooperation",
                        "Material cooperation",
                        "Verbal conflict",
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
        var built =
                TimelineOptions.build(dataset.events(), dataset, LaneMode.ACTOR, List.of(ActorId.of("united-nations")));
        List<String> lanes = built.option().option().yAxis().getFirst().data();
        assertThat(lanes.getFirst()).isEqualTo("United Nations");
        assertThat(lanes.getLast()).isEqualTo("Others");
        assertThat(built.items().get(EventId.of("fixture-sanctions"))).hasSize(2);
        assertThat(built.items().get(EventId.of("fixture-invasion"))).hasSize(1);
        Event sanctions = dataset.event(EventId.of("fixture-sanctions")).orElseThrow();
        assertThat(built.items().get(sanctions.id()))
                .extracting(ref -> clicked(itemAt(built, ref)).orElseThrow())
                .containsExactlyInAnyOrder(
                        EventKey.on(sanctions.id(), "united-states"), EventKey.on(sanctions.id(), "russia"));
        assertThat(item(built, EventKey.on(EventId.of("fixture-invasion"), "russia"))
                        .value()
                        .get(2))
                .isEqualTo(lanes.indexOf("Russia"));
    }

    @Test
    void actor_lanes_are_named_by_their_actor_and_the_lane_of_the_others_by_its_label_other_lanes_not_at_all() {
        TimelineLanes byActor =
                TimelineLanes.of(LaneMode.ACTOR, dataset.events(), dataset, List.of(ActorId.of("united-nations")));

        assertThat(TimelineOptions.laneKeys(byActor, LaneMode.ACTOR)).first().isEqualTo(Optional.of("united-nations"));
        assertThat(TimelineOptions.laneKeys(byActor, LaneMode.ACTOR)).last().isEqualTo(Optional.of("Others"));
        assertThat(TimelineOptions.laneKeys(
                        TimelineLanes.of(LaneMode.ACTOR, List.of(), Dataset.empty(), List.of()), LaneMode.ACTOR))
                .containsExactly(Optional.of("Others"));
        for (LaneMode mode : List.of(LaneMode.CLASS, LaneMode.SINGLE)) {
            assertThat(TimelineOptions.laneKeys(TimelineLanes.of(mode, dataset.events(), dataset, List.of()), mode))
                    .isNotEmpty()
                    .containsOnly(Optional.empty());
        }
    }

    @Test
    void a_click_on_an_event_drawn_once_reports_the_event_without_a_lane() {
        for (LaneMode mode : List.of(LaneMode.CLASS, LaneMode.SINGLE)) {
            var built = TimelineOptions.build(dataset.events(), dataset, mode, List.of());

            assertThat(items(built))
                    .hasSize(dataset.events().size())
                    .allSatisfy(d -> assertThat(clicked(d).orElseThrow())
                            .isInstanceOfSatisfying(
                                    EventKey.class, k -> assertThat(k.lane()).isEmpty()));
            assertThat(clicked(item(built, "fixture-talks"))).contains(EventKey.of(EventId.of("fixture-talks")));
        }
    }

    @Test
    void lanes_by_actor_are_named_by_the_actor_so_a_pin_that_moves_a_lane_keeps_its_items_ids() {
        EventId talks = EventId.of("fixture-talks");
        var unpinned = TimelineOptions.build(dataset.events(), dataset, LaneMode.ACTOR, List.of());
        var pinned =
                TimelineOptions.build(dataset.events(), dataset, LaneMode.ACTOR, List.of(ActorId.of("united-nations")));

        assertThat(itemAt(pinned, pinned.items().get(talks).getFirst()).value().get(2))
                .isNotEqualTo(itemAt(unpinned, unpinned.items().get(talks).getFirst())
                        .value()
                        .get(2));
        assertThat(pinned.items().get(talks))
                .extracting(ref -> itemAt(pinned, ref).id())
                .containsExactlyInAnyOrderElementsOf(unpinned.items().get(talks).stream()
                        .map(ref -> itemAt(unpinned, ref).id())
                        .toList());
    }

    @Test
    void the_same_data_gives_the_same_item_ids_in_every_build() {
        for (LaneMode mode : LaneMode.values()) {
            assertThat(items(TimelineOptions.build(dataset.events(), dataset, mode, List.of())))
                    .extracting(DataItem::id)
                    .isEqualTo(items(TimelineOptions.build(dataset.events(), dataset, mode, List.of())).stream()
                            .map(DataItem::id)
                            .toList())
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void a_click_on_a_month_bar_reports_its_month_class_and_lane() {
        Event talks = dataset.event(EventId.of("fixture-talks")).orElseThrow();
        var byActor = TimelineOptions.build(
                dataset.events(), dataset, LaneMode.ACTOR, List.of(), null, Optional.empty(), TimeScale.EVEN);
        var byClass = TimelineOptions.build(
                dataset.events(), dataset, LaneMode.CLASS, List.of(), null, Optional.empty(), TimeScale.EVEN);
        YearMonth month = YearMonth.from(talks.firstDay());
        EventClass eventClass = talks.type().eventClass();

        assertThat(byActor.items().get(talks.id()))
                .isNotEmpty()
                .allSatisfy(ref -> assertThat(clicked(itemAt(byActor, ref)).orElseThrow())
                        .isInstanceOfSatisfying(BinKey.class, bin -> {
                            assertThat(bin.month()).isEqualTo(month);
                            assertThat(bin.eventClass()).isEqualTo(eventClass);
                            assertThat(bin.lane()).isPresent();
                        }));
        assertThat(clicked(itemAt(byClass, byClass.items().get(talks.id()).getFirst())))
                .contains(new BinKey(Optional.empty(), month, eventClass));
    }

    @Test
    void tooltips_say_the_date_with_its_precision_and_the_participants() {
        var built = TimelineOptions.build(dataset.events(), dataset, LaneMode.CLASS, List.of());
        assertThat(item(built, "fixture-month-request").tooltipLines())
                .containsExactly(
                        "Zelensky asks for air defence",
                        "March 2025 (month only)",
                        "Verbal cooperation · request",
                        "Volodymyr Zelensky → United States");
    }
}
