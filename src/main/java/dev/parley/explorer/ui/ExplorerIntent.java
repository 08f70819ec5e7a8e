package dev.parley.explorer.ui;

import dev.parley.actor.ActorId;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.Connection;
import dev.parley.relationship.ActorPair;
import dev.parley.timeline.LaneMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a user asks of the explorer from one of its parts. A selection becomes a browser history entry, so back and
 * forward walk it; an adjustment of the view (window, filters, lanes) replaces the current entry.
 */
sealed interface ExplorerIntent {

    /** An intent that changes the explorer state. */
    sealed interface StateIntent extends ExplorerIntent {
        ExplorerState applyTo(ExplorerState state);

        /** Whether the new state is a new history entry rather than a replacement of the current one. */
        boolean newHistoryEntry();
    }

    /** A new selection: the back button returns from it. */
    sealed interface Selection extends StateIntent {
        @Override
        default boolean newHistoryEntry() {
            return true;
        }
    }

    /** An adjustment of the view: it replaces the current history entry. */
    sealed interface Adjustment extends StateIntent {
        @Override
        default boolean newHistoryEntry() {
            return false;
        }
    }

    record SelectActor(ActorId actor) implements Selection {
        public SelectActor {
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return state.withActor(Optional.of(actor));
        }
    }

    record SelectEvent(EventId event) implements Selection {
        public SelectEvent {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return state.withEvent(Optional.of(event));
        }
    }

    /** Asks how two actors are connected (either may still be open); clears the selection. */
    record AskPath(Optional<ActorId> from, Optional<ActorId> to) implements Selection {
        public AskPath {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return state.withActor(Optional.empty()).withEvent(Optional.empty()).withPath(from, to);
        }
    }

    /** Starts a path question from an actor, keeping the other end if one was chosen. */
    record StartPath(ActorId from) implements Selection {
        public StartPath {
            Objects.requireNonNull(from, "from");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return state.withActor(Optional.empty()).withPath(Optional.of(from), state.pathTo());
        }
    }

    /**
     * Opens the relationship of two actors over time (from a connection, a path step, a matrix cell); the selection
     * stays, so Back returns to it.
     */
    record OpenPair(ActorPair pair) implements Selection {
        public OpenPair {
            Objects.requireNonNull(pair, "pair");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return state.withPair(Optional.of(pair));
        }
    }

    /** Narrows the view to one month, as a step the back button returns from (a statistics bar or cell). */
    record SelectMonth(YearMonth month) implements Selection {
        public SelectMonth {
            Objects.requireNonNull(month, "month");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return state.withWindow(new TimeWindow(month.atDay(1), month.atEndOfMonth()));
        }
    }

    /** Moves the time window (slider, wheel, a month bar of the timeline). */
    record ChooseWindow(TimeWindow window) implements Adjustment {
        public ChooseWindow {
            Objects.requireNonNull(window, "window");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return state.withWindow(window);
        }
    }

    /** Gives an actor its own timeline lane, switching the lanes to actors. */
    record PinLane(ActorId actor) implements Adjustment {
        public PinLane {
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            if (state.pinned().contains(actor)) {
                return state;
            }
            List<ActorId> pinned = new ArrayList<>(state.pinned());
            pinned.add(actor);
            return state.withPinned(pinned).withLanes(LaneMode.ACTOR);
        }
    }

    /** Any other adjustment of filters and display from the filter bar. */
    record Adjust(UnaryOperator<ExplorerState> edit) implements Adjustment {
        public Adjust {
            Objects.requireNonNull(edit, "edit");
        }

        @Override
        public ExplorerState applyTo(ExplorerState state) {
            return edit.apply(state);
        }
    }

    /** Shows the events behind one connection in the side panel; not part of the state (nor of the URL). */
    record OpenConnection(Connection connection) implements ExplorerIntent {
        public OpenConnection {
            Objects.requireNonNull(connection, "connection");
        }
    }
}
