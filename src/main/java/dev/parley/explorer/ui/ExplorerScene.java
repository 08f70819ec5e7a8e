package dev.parley.explorer.ui;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.NetworkService;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What every part of the explorer shows: the state, the dataset it is read against, and what the coordinator
 * derives from the two once for all parts (the events of the filter, the network of the window, what a selection
 * lights up). A scene is immutable, so a part may keep the one it last showed and compare it with the next.
 *
 * @param state the explorer state (from the URL)
 * @param dataset the data this scene was derived from; one version for the whole scene
 * @param dataRange the days the dataset's events cover
 * @param timelineEvents the events of the filter at any time (the timeline shows the window inside them)
 * @param windowEvents the events of the filter in its time window
 * @param network the actor network of the filter
 * @param litActors the actors a selection or path lights up; empty when nothing is selected
 * @param litEvents the events a selection lights up, in time order; empty when nothing is selected
 */
record ExplorerScene(
        ExplorerState state,
        Dataset dataset,
        TimeWindow dataRange,
        List<Event> timelineEvents,
        List<Event> windowEvents,
        ActorNetwork network,
        Set<ActorId> litActors,
        List<Event> litEvents) {
    ExplorerScene {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(dataRange, "dataRange");
        timelineEvents = List.copyOf(timelineEvents);
        windowEvents = List.copyOf(windowEvents);
        Objects.requireNonNull(network, "network");
        litActors = Set.copyOf(litActors);
        litEvents = List.copyOf(litEvents);
    }

    /** Paths lit in the network when a path question is asked and nothing else is selected. */
    static final int MAX_PATHS = 3;

    /**
     * The scene of {@code state} over {@code dataset}. What depends only on the dataset and filter is taken from
     * {@code previous} when those are the same, so a selection costs only its highlight.
     */
    static ExplorerScene derive(
            ExplorerState state, Dataset dataset, NetworkService networks, Optional<ExplorerScene> previous) {
        Optional<ExplorerScene> same = previous.filter(p -> p.dataset == dataset);
        TimeWindow range = same.map(ExplorerScene::dataRange).orElseGet(() -> TimeWindow.covering(dataset));
        var anyTime = state.filter().withWindow(TimeWindow.all());
        List<Event> timeline = same.filter(
                        p -> p.state.filter().withWindow(TimeWindow.all()).equals(anyTime))
                .map(ExplorerScene::timelineEvents)
                .orElseGet(() -> anyTime.select(dataset));
        List<Event> window = same.filter(p -> p.state.filter().equals(state.filter()))
                .map(ExplorerScene::windowEvents)
                .orElseGet(() -> state.filter().select(dataset));
        ActorNetwork network = networks.network(dataset, state.filter());
        // a change beside the selection (a pair opened, the link colours) keeps what the selection lights up
        Optional<ExplorerScene> sameSelection = same.filter(p -> p.network == network
                && p.timelineEvents == timeline
                && p.state.actor().equals(state.actor())
                && p.state.event().equals(state.event())
                && p.state.pathFrom().equals(state.pathFrom())
                && p.state.pathTo().equals(state.pathTo()));
        if (sameSelection.isPresent()) {
            ExplorerScene p = sameSelection.get();
            return new ExplorerScene(state, dataset, range, timeline, window, network, p.litActors, p.litEvents);
        }
        Set<ActorId> actors = new HashSet<>();
        List<Event> events = List.of();
        Optional<ActorId> actor = state.actor().filter(a -> dataset.actor(a).isPresent());
        Optional<Event> event = state.event().flatMap(dataset::event);
        if (actor.isPresent()) {
            actors.add(actor.get());
            if (network.actors().contains(actor.get())) {
                // straight from the connections: the neighbours in id order (a sorted set) are not needed here,
                // and for an actor with a thousand neighbours sorting them was a good part of the click
                network.connectionsOf(actor.get()).forEach(c -> actors.add(c.other(actor.get())));
            }
            // the timeline's events of the actor, from the dataset's index rather than a pass over every event
            events = dataset.eventsOf(actor.get()).stream()
                    .filter(e -> anyTime.matches(e, dataset))
                    .toList();
        } else if (event.isPresent()) {
            event.get().participants().forEach(p -> actors.add(p.actor()));
            events = List.of(event.get());
        } else if (state.pathFrom().isPresent() && state.pathTo().isPresent()) {
            network.paths(state.pathFrom().get(), state.pathTo().get(), MAX_PATHS).stream()
                    .flatMap(p -> p.hops().stream())
                    .flatMap(h -> Stream.of(h.from(), h.to()))
                    .forEach(actors::add);
        }
        return new ExplorerScene(state, dataset, range, timeline, window, network, actors, events);
    }

    /**
     * The part of the window that the timeline can show: windows may be open on one side (from a date on) or reach
     * beyond the data; the timeline zooms to where they meet the data's range. Empty for an empty dataset or a
     * window beside the data.
     */
    Optional<TimeWindow> visibleWindow() {
        if (dataRange.isAll()) {
            return Optional.empty();
        }
        TimeWindow w = state.window();
        LocalDate from = w.from().isAfter(dataRange.from()) ? w.from() : dataRange.from();
        LocalDate to = w.to().isBefore(dataRange.to()) ? w.to() : dataRange.to();
        return to.isBefore(from) ? Optional.empty() : Optional.of(new TimeWindow(from, to));
    }
}
