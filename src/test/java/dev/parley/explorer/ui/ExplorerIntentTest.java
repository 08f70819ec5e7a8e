package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ui.ExplorerIntent.AskPath;
import dev.parley.explorer.ui.ExplorerIntent.ChooseWindow;
import dev.parley.explorer.ui.ExplorerIntent.PinLane;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.explorer.ui.ExplorerIntent.SelectEvent;
import dev.parley.explorer.ui.ExplorerIntent.SelectMonth;
import dev.parley.explorer.ui.ExplorerIntent.StartPath;
import dev.parley.timeline.LaneMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each intent's next state, and whether the back button returns from it. */
class ExplorerIntentTest {
    private final ActorId putin = ActorId.of("vladimir-putin");
    private final ActorId trump = ActorId.of("donald-trump");
    private final ExplorerState start = ExplorerState.initial();

    @Test
    void selecting_an_actor_or_an_event_is_a_history_entry_and_replaces_the_other_selection() {
        ExplorerState actor = new SelectActor(putin).applyTo(start);
        ExplorerState event = new SelectEvent(EventId.of("fixture-talks")).applyTo(actor);

        assertThat(actor.actor()).contains(putin);
        assertThat(event.actor()).isEmpty();
        assertThat(event.event()).contains(EventId.of("fixture-talks"));
        assertThat(new SelectActor(putin).newHistoryEntry()).isTrue();
        assertThat(new SelectEvent(EventId.of("x")).newHistoryEntry()).isTrue();
    }

    @Test
    void a_path_question_clears_the_selection_and_starting_one_keeps_the_other_end() {
        ExplorerState asked =
                new AskPath(Optional.of(putin), Optional.of(trump)).applyTo(new SelectActor(putin).applyTo(start));
        ExplorerState started = new StartPath(trump).applyTo(asked);

        assertThat(asked.actor()).isEmpty();
        assertThat(asked.pathFrom()).contains(putin);
        assertThat(started.pathFrom()).contains(trump);
        assertThat(started.pathTo()).contains(trump);
        assertThat(new AskPath(Optional.empty(), Optional.empty())
                        .applyTo(asked)
                        .pathFrom())
                .isEmpty();
    }

    @Test
    void a_month_from_the_statistics_is_a_history_entry_and_a_moved_window_is_not() {
        ExplorerState month = new SelectMonth(YearMonth.of(2024, 2)).applyTo(start);
        TimeWindow march = new TimeWindow(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

        assertThat(month.window()).isEqualTo(new TimeWindow(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(new SelectMonth(YearMonth.of(2024, 2)).newHistoryEntry()).isTrue();
        assertThat(new ChooseWindow(march).applyTo(start).window()).isEqualTo(march);
        assertThat(new ChooseWindow(march).newHistoryEntry()).isFalse();
    }

    @Test
    void pinning_adds_a_lane_once_and_switches_lanes_to_actors() {
        ExplorerState pinned = new PinLane(putin).applyTo(start);
        ExplorerState again = new PinLane(putin).applyTo(pinned);
        ExplorerState two = new PinLane(trump).applyTo(pinned);

        assertThat(pinned.lanes()).isEqualTo(LaneMode.ACTOR);
        assertThat(again).isEqualTo(pinned);
        assertThat(two.pinned()).isEqualTo(List.of(putin, trump));
        assertThat(new PinLane(putin).newHistoryEntry()).isFalse();
    }
}
