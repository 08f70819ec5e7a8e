package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Parts on screen follow every scene; a part off screen catches up, once, when it comes on screen. */
class ExplorerPartsTest {
    private final Dataset data = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/valid"))
            .dataset()
            .orElseThrow();
    private final ExplorerParts parts = new ExplorerParts();
    private final List<StateChange> onScreenSaw = new ArrayList<>();
    private final List<StateChange> hiddenSaw = new ArrayList<>();
    private final AtomicBoolean hiddenOnScreen = new AtomicBoolean(false);

    ExplorerPartsTest() {
        parts.add((scene, change) -> onScreenSaw.add(change), () -> true);
        parts.add((scene, change) -> hiddenSaw.add(change), hiddenOnScreen::get);
    }

    private ExplorerScene scene(ExplorerState state) {
        return new ExplorerScene(
                state,
                data,
                TimeWindow.covering(data),
                data.events(),
                data.events(),
                ActorNetwork.of(data, EventFilter.all()),
                Set.of(),
                List.of());
    }

    @Test
    void nothing_is_shown_before_the_first_scene() {
        parts.refresh();

        assertThat(onScreenSaw).isEmpty();
        assertThat(parts.scene()).isEmpty();
    }

    @Test
    void a_part_on_screen_is_shown_each_scene_with_what_changed_since_the_last() {
        parts.show(scene(ExplorerState.initial()));
        parts.show(scene(ExplorerState.initial().withActor(Optional.of(ActorId.of("vladimir-putin")))));

        assertThat(onScreenSaw).hasSize(2);
        assertThat(onScreenSaw.get(0)).isEqualTo(StateChange.EVERYTHING);
        assertThat(onScreenSaw.get(1).selection()).isTrue();
        assertThat(onScreenSaw.get(1).view()).isFalse();
    }

    @Test
    void a_hidden_part_is_not_shown_until_it_comes_on_screen_and_then_once_with_everything_it_missed() {
        parts.show(scene(ExplorerState.initial()));
        hiddenOnScreen.set(true);
        parts.refresh();
        hiddenOnScreen.set(false);
        parts.show(scene(ExplorerState.initial().withActor(Optional.of(ActorId.of("vladimir-putin")))));
        parts.show(scene(ExplorerState.initial()
                .withActor(Optional.of(ActorId.of("vladimir-putin")))
                .withWindow(new TimeWindow(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31)))));
        assertThat(hiddenSaw).hasSize(1);

        hiddenOnScreen.set(true);
        parts.refresh();
        parts.refresh();

        assertThat(hiddenSaw).hasSize(2);
        StateChange caughtUp = hiddenSaw.get(1);
        assertThat(caughtUp.selection()).isTrue();
        assertThat(caughtUp.window()).isTrue();
        assertThat(caughtUp.data()).isFalse();
    }

    @Test
    void showing_a_tab_again_without_a_new_scene_shows_nothing_again() {
        hiddenOnScreen.set(true);
        parts.show(scene(ExplorerState.initial()));
        parts.refresh();

        assertThat(hiddenSaw).hasSize(1);
        assertThat(onScreenSaw).hasSize(1);
    }
}
