package dev.parley.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.TimeWindow;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.timeline.LaneMode;
import dev.parley.timeline.TimeScale;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExplorerStateCodecTest {

    private static Map<String, List<String>> asQuery(Map<String, String> written) {
        return written.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    }

    @Test
    void the_initial_state_writes_no_parameters() {
        assertThat(ExplorerStateCodec.write(ExplorerState.initial())).isEmpty();
        assertThat(ExplorerStateCodec.read(Map.of())).isEqualTo(ExplorerState.initial());
    }

    @Test
    void every_part_of_the_state_survives_a_round_trip_through_the_url() {
        ExplorerState state = ExplorerState.initial()
                .withFilter(new EventFilter(
                        new TimeWindow(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31)),
                        EnumSet.of(EventClass.VERBAL_COOPERATION, EventClass.MATERIAL_CONFLICT),
                        EnumSet.of(EventType.CONSULT),
                        EnumSet.of(ActorKind.PERSON, ActorKind.STATE)))
                .withActor(Optional.of(ActorId.of("donald-trump")))
                .withPath(Optional.of(ActorId.of("marco-rubio")), Optional.of(ActorId.of("sergei-lavrov")))
                .withLanes(LaneMode.ACTOR)
                .withPinned(List.of(ActorId.of("nato"), ActorId.of("ukraine")))
                .withMetric(Metric.WEIGHTED_DEGREE)
                .withColouring(NodeColouring.COMMUNITY);

        Map<String, String> written = ExplorerStateCodec.write(state);

        assertThat(written)
                .containsEntry("from", "2025-02-01")
                .containsEntry("to", "2025-03-31")
                .containsEntry("class", "verbal-cooperation,material-conflict")
                .containsEntry("type", "consult")
                .containsEntry("kind", "person,state")
                .containsEntry("actor", "donald-trump")
                .containsEntry("pathFrom", "marco-rubio")
                .containsEntry("pathTo", "sergei-lavrov")
                .containsEntry("lanes", "actor")
                .containsEntry("pin", "nato,ukraine")
                .containsEntry("metric", "weighted-degree")
                .containsEntry("colour", "community");
        assertThat(ExplorerStateCodec.read(asQuery(written))).isEqualTo(state);
    }

    @Test
    void the_even_time_scale_is_written_and_the_compressed_default_is_not() {
        ExplorerState even = ExplorerState.initial().withScale(TimeScale.EVEN);

        assertThat(ExplorerStateCodec.write(even)).containsEntry("scale", "even");
        assertThat(ExplorerStateCodec.write(ExplorerState.initial())).doesNotContainKey("scale");
        assertThat(ExplorerStateCodec.read(asQuery(ExplorerStateCodec.write(even))))
                .isEqualTo(even);
        assertThat(ExplorerStateCodec.read(Map.of("scale", List.of("sideways"))).scale())
                .isEqualTo(TimeScale.COMPRESSED);
    }

    @Test
    void an_event_selection_round_trips_and_replaces_an_actor_selection() {
        ExplorerState state = ExplorerState.initial()
                .withActor(Optional.of(ActorId.of("nato")))
                .withEvent(Optional.of(EventId.of("2025-02-18-riyadh-talks")));
        assertThat(state.actor()).isEmpty();
        assertThat(ExplorerStateCodec.read(asQuery(ExplorerStateCodec.write(state))))
                .isEqualTo(state);
    }

    @Test
    void values_that_cannot_be_understood_are_ignored_not_fatal() {
        ExplorerState read = ExplorerStateCodec.read(Map.of(
                "from",
                List.of("2025-02-30"),
                "to",
                List.of("soon"),
                "class",
                List.of("verbal-cooperation,nonsense"),
                "actor",
                List.of("<script>alert(1)</script>"),
                "lanes",
                List.of("diagonal"),
                "metric",
                List.of(""),
                "pin",
                List.of("nato,Bad Id,nato")));
        assertThat(read.window().isAll()).isTrue();
        assertThat(read.filter().classes()).containsExactly(EventClass.VERBAL_COOPERATION);
        assertThat(read.actor()).isEmpty();
        assertThat(read.lanes()).isEqualTo(LaneMode.CLASS);
        assertThat(read.metric()).isEqualTo(ExplorerState.initial().metric());
        assertThat(read.pinned()).containsExactly(ActorId.of("nato"));
    }

    @Test
    void a_window_that_ends_before_it_starts_is_ignored() {
        ExplorerState read =
                ExplorerStateCodec.read(Map.of("from", List.of("2025-03-01"), "to", List.of("2025-02-01")));
        assertThat(read.window().isAll()).isTrue();
    }

    @Test
    void a_window_open_on_one_side_writes_only_that_side() {
        ExplorerState state = ExplorerState.initial()
                .withWindow(new TimeWindow(
                        LocalDate.of(2025, 2, 1), TimeWindow.all().to()));
        Map<String, String> written = ExplorerStateCodec.write(state);
        assertThat(written).containsOnlyKeys("from");
        assertThat(ExplorerStateCodec.read(asQuery(written))).isEqualTo(state);
    }
}
