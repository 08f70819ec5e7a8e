package dev.parley.explorer;

import dev.parley.actor.ActorId;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.network.LinkColouring;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.relationship.ActorPair;
import dev.parley.timeline.LaneMode;
import dev.parley.timeline.TimeScale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides what the explorer shows: the filter (time window, classes, types, kinds), the
 * selection, the endpoints of a path question, the pair whose relationship is open and the display choices. It round-trips through the URL
 * ({@link ExplorerStateCodec}), so a copied link reproduces the view.
 */
public record ExplorerState(
        EventFilter filter,
        Optional<ActorId> actor,
        Optional<EventId> event,
        Optional<ActorId> pathFrom,
        Optional<ActorId> pathTo,
        LaneMode lanes,
        List<ActorId> pinned,
        Metric metric,
        NodeColouring colouring,
        Optional<ActorPair> pair,
        LinkColouring links,
        int matrixSize,
        TimeScale scale) {
    public ExplorerState {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(pathFrom, "pathFrom");
        Objects.requireNonNull(pathTo, "pathTo");
        Objects.requireNonNull(lanes, "lanes");
        pinned = List.copyOf(pinned);
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(colouring, "colouring");
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(scale, "scale");
        if (matrixSize < MIN_MATRIX || matrixSize > MAX_MATRIX) {
            throw new IllegalArgumentException(
                    "the matrix shows " + MIN_MATRIX + " to " + MAX_MATRIX + " actors, not " + matrixSize);
        }
    }

    /** Bounds of the relationship matrix's size: below two there is no pair, above 60 no cell is readable. */
    public static final int MIN_MATRIX = 2;

    public static final int MAX_MATRIX = 60;
    public static final int DEFAULT_MATRIX = 20;

    public static ExplorerState initial() {
        return new ExplorerState(
                EventFilter.all(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                LaneMode.CLASS,
                List.of(),
                Metric.PAGERANK,
                NodeColouring.KIND,
                Optional.empty(),
                LinkColouring.KIND,
                DEFAULT_MATRIX,
                TimeScale.COMPRESSED);
    }

    public TimeWindow window() {
        return filter.window();
    }

    public ExplorerState withFilter(EventFilter f) {
        return new ExplorerState(
                f, actor, event, pathFrom, pathTo, lanes, pinned, metric, colouring, pair, links, matrixSize, scale);
    }

    public ExplorerState withWindow(TimeWindow w) {
        return withFilter(filter.withWindow(w));
    }

    /** Selects an actor; an actor and an event are never selected together. */
    public ExplorerState withActor(Optional<ActorId> a) {
        return new ExplorerState(
                filter,
                a,
                a.isPresent() ? Optional.empty() : event,
                pathFrom,
                pathTo,
                lanes,
                pinned,
                metric,
                colouring,
                pair,
                links,
                matrixSize,
                scale);
    }

    public ExplorerState withEvent(Optional<EventId> e) {
        return new ExplorerState(
                filter,
                e.isPresent() ? Optional.empty() : actor,
                e,
                pathFrom,
                pathTo,
                lanes,
                pinned,
                metric,
                colouring,
                pair,
                links,
                matrixSize,
                scale);
    }

    public ExplorerState withPath(Optional<ActorId> from, Optional<ActorId> to) {
        return new ExplorerState(
                filter, actor, event, from, to, lanes, pinned, metric, colouring, pair, links, matrixSize, scale);
    }

    public ExplorerState withLanes(LaneMode l) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, l, pinned, metric, colouring, pair, links, matrixSize, scale);
    }

    public ExplorerState withPinned(List<ActorId> p) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, lanes, p, metric, colouring, pair, links, matrixSize, scale);
    }

    public ExplorerState withMetric(Metric m) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, lanes, pinned, m, colouring, pair, links, matrixSize, scale);
    }

    public ExplorerState withColouring(NodeColouring c) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, lanes, pinned, metric, c, pair, links, matrixSize, scale);
    }

    /** Opens the relationship of two actors, or closes it (empty). */
    public ExplorerState withPair(Optional<ActorPair> p) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, lanes, pinned, metric, colouring, p, links, matrixSize, scale);
    }

    public ExplorerState withLinks(LinkColouring l) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, lanes, pinned, metric, colouring, pair, l, matrixSize, scale);
    }

    public ExplorerState withScale(TimeScale s) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, lanes, pinned, metric, colouring, pair, links, matrixSize, s);
    }

    public ExplorerState withMatrixSize(int size) {
        return new ExplorerState(
                filter, actor, event, pathFrom, pathTo, lanes, pinned, metric, colouring, pair, links, size, scale);
    }
}
