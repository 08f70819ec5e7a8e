package dev.parley.explorer.ui;

import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import java.util.Optional;

/**
 * What differs between the scene a part last showed and the next one, aspect by aspect. Computed in one place, so
 * every part agrees on what a change is; each part decides what to redo from these facts.
 *
 * @param data the dataset was reloaded (or nothing was shown before)
 * @param window the time window moved
 * @param eventFilter the event classes, types or actor kinds changed
 * @param lanes the timeline's lane mode, pinned actors or time scale changed
 * @param metric the metric that sizes nodes and ranks actors changed
 * @param colouring the node colouring changed
 * @param selection the selected actor or event, or a path question, changed
 * @param pair the pair whose relationship is open changed
 * @param links the link colouring changed
 * @param matrix the size of the relationship matrix changed
 */
record StateChange(
        boolean data,
        boolean window,
        boolean eventFilter,
        boolean lanes,
        boolean metric,
        boolean colouring,
        boolean selection,
        boolean pair,
        boolean links,
        boolean matrix) {
    /** Everything: what a part that has shown nothing yet must do. */
    static final StateChange EVERYTHING = new StateChange(true, true, true, true, true, true, true, true, true, true);

    /** From the scene a part last showed (empty when it has shown none) to the next one. */
    static StateChange between(Optional<ExplorerScene> before, ExplorerScene after) {
        if (before.isEmpty()) {
            return EVERYTHING;
        }
        ExplorerState a = before.get().state();
        ExplorerState b = after.state();
        return new StateChange(
                before.get().dataset() != after.dataset(),
                !a.window().equals(b.window()),
                !a.filter().withWindow(TimeWindow.all()).equals(b.filter().withWindow(TimeWindow.all())),
                a.lanes() != b.lanes() || !a.pinned().equals(b.pinned()) || a.scale() != b.scale(),
                a.metric() != b.metric(),
                a.colouring() != b.colouring(),
                !a.actor().equals(b.actor())
                        || !a.event().equals(b.event())
                        || !a.pathFrom().equals(b.pathFrom())
                        || !a.pathTo().equals(b.pathTo()),
                !a.pair().equals(b.pair()),
                a.links() != b.links(),
                a.matrixSize() != b.matrixSize());
    }

    /** The events shown may differ: new data, window or filter. */
    boolean filter() {
        return data || window || eventFilter;
    }

    /** The timeline's lanes and items may differ (a moved window only zooms, unless it needs another detail). */
    boolean timelineLayout() {
        return data || eventFilter || lanes;
    }

    /** The network's nodes, sizes or colours may differ. */
    boolean network() {
        return filter() || metric || colouring || links;
    }

    /** Anything but the selection: the controls and counts may show something else. */
    boolean view() {
        return filter() || lanes || metric || colouring || links || matrix;
    }

    /** Nothing differs: the same state over the same data. */
    boolean none() {
        return !view() && !selection && !pair;
    }

    /**
     * The state itself differs, not only the data under it. New data under the same state is a reload: a part keeps
     * what the user did in it (search text, an open connection).
     */
    boolean state() {
        return window || eventFilter || lanes || metric || colouring || selection || pair || links || matrix;
    }
}
