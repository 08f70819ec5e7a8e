package dev.parley.explorer;

import dev.parley.actor.ActorId;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.timeline.LaneMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that decides what the explorer shows: the filter (time window, classes, types, kinds), the
 * selection, the endpoints of a path question and the display choices. It round-trips through the URL
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
        NodeColouring colouring) {
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
    }

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
                NodeColouring.KIND);
    }

    public TimeWindow window() {
        return filter.window();
    }

    public ExplorerState withFilter(EventFilter f) {
        return new ExplorerState(f, actor, event, pathFrom, pathTo, lanes, pinned, metric, colouring);
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
                colouring);
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
                colouring);
    }

    public ExplorerState withPath(Optional<ActorId> from, Optional<ActorId> to) {
        return new ExplorerState(filter, actor, event, from, to, lanes, pinned, metric, colouring);
    }

    public ExplorerState withLanes(LaneMode l) {
        return new ExplorerState(filter, actor, event, pathFrom, pathTo, l, pinned, metric, colouring);
    }

    public ExplorerState withPinned(List<ActorId> p) {
        return new ExplorerState(filter, actor, event, pathFrom, pathTo, lanes, p, metric, colouring);
    }

    public ExplorerState withMetric(Metric m) {
        return new ExplorerState(filter, actor, event, pathFrom, pathTo, lanes, pinned, m, colouring);
    }

    public ExplorerState withColouring(NodeColouring c) {
        return new ExplorerState(filter, actor, event, pathFrom, pathTo, lanes, pinned, metric, c);
    }
}
