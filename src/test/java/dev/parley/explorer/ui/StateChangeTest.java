package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.timeline.LaneMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each change of state or data counts as, which every part of the explorer relies on. */
class StateChangeTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/valid");
    private final Dataset data = new DatasetLoader().load(FIXTURE).dataset().orElseThrow();
    private final Dataset reloaded = new DatasetLoader().load(FIXTURE).dataset().orElseThrow();
    private final ExplorerState initial = ExplorerState.initial();
    private final ActorId putin = ActorId.of("vladimir-putin");

    private ExplorerScene scene(ExplorerState state, Dataset d) {
        return new ExplorerScene(
                state,
                d,
                TimeWindow.covering(d),
                d.events(),
                d.events(),
                ActorNetwork.of(d, EventFilter.all()),
                Set.of(),
                List.of());
    }

    private StateChange change(ExplorerState from, ExplorerState to) {
        return StateChange.between(Optional.of(scene(from, data)), scene(to, data));
    }

    @Test
    void a_part_that_has_shown_nothing_redoes_everything() {
        StateChange first = StateChange.between(Optional.empty(), scene(initial, data));

        assertThat(first).isEqualTo(StateChange.EVERYTHING);
        assertThat(first.timelineLayout()).isTrue();
        assertThat(first.network()).isTrue();
        assertThat(first.state()).isTrue();
    }

    @Test
    void the_same_state_over_the_same_data_changes_nothing() {
        StateChange none = change(initial, initial.withActor(Optional.empty()));

        assertThat(none.none()).isTrue();
        assertThat(none.state()).isFalse();
        assertThat(none.view()).isFalse();
    }

    @Test
    void a_selection_changes_only_the_selection() {
        StateChange select = change(initial, initial.withActor(Optional.of(putin)));

        assertThat(select.selection()).isTrue();
        assertThat(select.view()).isFalse();
        assertThat(select.filter()).isFalse();
        assertThat(select.network()).isFalse();
        assertThat(select.state()).isTrue();
    }

    @Test
    void choosing_an_event_after_an_actor_or_asking_for_a_path_is_a_selection() {
        ExplorerState actor = initial.withActor(Optional.of(putin));

        assertThat(change(actor, actor.withEvent(Optional.of(EventId.of("fixture-talks"))))
                        .selection())
                .isTrue();
        assertThat(change(initial, initial.withPath(Optional.of(putin), Optional.empty()))
                        .selection())
                .isTrue();
    }

    @Test
    void a_new_window_moves_the_filter_and_network_but_keeps_the_timeline_layout() {
        StateChange window = change(
                initial, initial.withWindow(new TimeWindow(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28))));

        assertThat(window.window()).isTrue();
        assertThat(window.filter()).isTrue();
        assertThat(window.network()).isTrue();
        assertThat(window.timelineLayout()).isFalse();
        assertThat(window.selection()).isFalse();
    }

    @Test
    void other_event_classes_change_the_timeline_layout_and_the_network() {
        StateChange classes =
                change(initial, initial.withFilter(EventFilter.all().withClasses(Set.of(EventClass.VERBAL_CONFLICT))));

        assertThat(classes.eventFilter()).isTrue();
        assertThat(classes.window()).isFalse();
        assertThat(classes.timelineLayout()).isTrue();
        assertThat(classes.network()).isTrue();
    }

    @Test
    void lanes_and_pinned_actors_change_only_the_timeline_layout() {
        StateChange lanes = change(initial, initial.withLanes(LaneMode.ACTOR));
        StateChange pinned = change(initial, initial.withPinned(List.of(putin)));

        assertThat(lanes.timelineLayout()).isTrue();
        assertThat(lanes.network()).isFalse();
        assertThat(pinned.lanes()).isTrue();
        assertThat(pinned.filter()).isFalse();
    }

    @Test
    void metric_and_colouring_change_the_network_but_not_the_events() {
        StateChange metric = change(initial, initial.withMetric(Metric.BETWEENNESS));
        StateChange colouring = change(initial, initial.withColouring(NodeColouring.COMMUNITY));

        assertThat(metric.metric()).isTrue();
        assertThat(metric.network()).isTrue();
        assertThat(metric.filter()).isFalse();
        assertThat(colouring.colouring()).isTrue();
        assertThat(colouring.network()).isTrue();
        assertThat(colouring.timelineLayout()).isFalse();
    }

    @Test
    void new_data_under_the_same_state_is_a_reload_that_redraws_everything_but_is_no_new_state() {
        StateChange reload = StateChange.between(Optional.of(scene(initial, data)), scene(initial, reloaded));

        assertThat(reload.data()).isTrue();
        assertThat(reload.filter()).isTrue();
        assertThat(reload.timelineLayout()).isTrue();
        assertThat(reload.network()).isTrue();
        assertThat(reload.selection()).isFalse();
        assertThat(reload.state()).isFalse();
    }

    @Test
    void an_equal_dataset_loaded_again_is_still_new_data() {
        assertThat(reloaded).isEqualTo(data);
        assertThat(StateChange.between(Optional.of(scene(initial, data)), scene(initial, reloaded))
                        .data())
                .isTrue();
    }
}
