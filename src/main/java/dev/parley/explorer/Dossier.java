package dev.parley.explorer;

import dev.parley.actor.Actor;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.Metric;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a printed dossier of an actor lists, within one window and filter: who it is (the actor, with its roles in the
 * order of the data), its metrics in the order of {@link Metric} with their ranks, every connection strongest first
 * (the network's order, as the side panel shows them first), and the actor's events newest first (by date, then id,
 * as the relationship and a connection list them). Read from the network of that filter, so the figures are the
 * explorer's own.
 *
 * @param actor the actor
 * @param filter the window and filters the dossier covers
 * @param inNetwork whether the actor takes part in the network of the filter; without it, no metric and no connection
 * @param networkSize the number of actors in that network, against which the ranks read
 * @param metrics one line per metric, in the order of {@link Metric}; empty when not in the network
 * @param connections every connection, strongest first; empty when not in the network
 * @param events the actor's events in the filter, newest first
 */
public record Dossier(
        Actor actor,
        EventFilter filter,
        boolean inNetwork,
        int networkSize,
        List<MetricLine> metrics,
        List<Connection> connections,
        List<Event> events) {

    private static final Comparator<Event> NEWEST_FIRST =
            Comparator.comparing(Event::date).thenComparing(Event::id).reversed();

    public Dossier {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        metrics = List.copyOf(metrics);
        connections = List.copyOf(connections);
        events = List.copyOf(events);
    }

    /**
     * One metric of the actor.
     *
     * @param rank 1 for the highest value in the network
     * @param estimated computed from a sample of actors, as in a large network
     */
    public record MetricLine(Metric metric, double value, int rank, boolean estimated) {}

    /** The dossier of an actor in a network, which gives the filter, the data and the figures. */
    public static Dossier of(Actor actor, ActorNetwork network) {
        Dataset d = network.dataset();
        EventFilter filter = network.filter();
        List<Event> events = d.eventsOf(actor.id()).stream()
                .filter(e -> filter.matches(e, d))
                .distinct()
                .sorted(NEWEST_FIRST)
                .toList();
        boolean present = network.actors().contains(actor.id());
        if (!present) {
            return new Dossier(actor, filter, false, network.actors().size(), List.of(), List.of(), events);
        }
        List<MetricLine> metrics = Arrays.stream(Metric.values())
                .map(m -> new MetricLine(
                        m, network.metric(m, actor.id()), network.rank(m, actor.id()), network.isEstimated(m)))
                .toList();
        return new Dossier(
                actor, filter, true, network.actors().size(), metrics, network.connectionsOf(actor.id()), events);
    }
}
