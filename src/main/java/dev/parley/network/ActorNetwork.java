package dev.parley.network;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.jgrapht.Graph;

/**
 * The network of actors for one dataset and one {@link EventFilter}: who took part in events with whom, and who holds
 * a role of whom, with importance metrics, communities, a layout and paths. The rules are in
 * {@code docs/network.md}. Immutable and safe to share between threads; the costly parts (each metric, the
 * communities, the layout) are computed on first use and then kept. JGraphT stays inside: the API speaks in actor
 * ids and {@link Connection}s.
 *
 * <p>Methods that take an actor throw {@link IllegalArgumentException} for an actor not in the network (see
 * {@link #contains}), except {@link #connection}, {@link #connectionsOf}, {@link #neighbours} and {@link #paths},
 * which answer "nothing".
 */
public final class ActorNetwork {
    private final Dataset dataset;
    private final EventFilter filter;
    private final Set<ActorId> actors;
    private final Set<ActorId> participants;
    private final ConnectionIndex connections;
    private final Graph<ActorId, LinkEdge> interactions;
    private final Map<Metric, Lazy<Ranking>> rankings = new EnumMap<>(Metric.class);
    private final Lazy<PathCentrality> pathCentrality;
    private final Lazy<Communities> communities;
    private final Lazy<Camps> camps;
    private final Lazy<Map<ActorId, Point>> layout;

    ActorNetwork(
            Dataset dataset,
            EventFilter filter,
            SortedSet<ActorId> actors,
            SortedSet<ActorId> participants,
            List<Connection> interactionList,
            List<Connection> affiliations,
            Graph<ActorId, LinkEdge> interactions,
            Graph<ActorId, LinkEdge> layoutGraph,
            ActorNetwork layoutBase) {
        this.dataset = dataset;
        this.filter = filter;
        this.actors = Collections.unmodifiableSet(new LinkedHashSet<>(actors));
        this.participants = Collections.unmodifiableSet(new LinkedHashSet<>(participants));
        this.connections = new ConnectionIndex(interactionList, affiliations);
        this.interactions = interactions;
        this.pathCentrality = new Lazy<>(() -> PathCentrality.of(interactions));
        for (Metric metric : Metric.values()) {
            rankings.put(
                    metric,
                    new Lazy<>(() -> new Ranking(
                            switch (metric) {
                                case BETWEENNESS -> pathCentrality.get().betweenness();
                                case CLOSENESS -> pathCentrality.get().closeness();
                                default -> Centrality.scores(metric, interactions);
                            },
                            actors)));
        }
        this.communities = new Lazy<>(() -> Communities.of(interactions, affiliations));
        this.camps = new Lazy<>(() -> Camps.of(interactionList));
        this.layout = new Lazy<>(() -> layoutBase != null && layoutBase.actors().containsAll(this.actors)
                ? positionsIn(layoutBase, this.actors)
                : NetworkLayout.of(layoutGraph));
    }

    /** Builds the network of the events of {@code dataset} that {@code filter} selects; cheap, metrics come later. */
    public static ActorNetwork of(Dataset dataset, EventFilter filter) {
        return new NetworkBuilder(dataset, filter).build();
    }

    /**
     * Like {@link #of(Dataset, EventFilter)}, but actors take their positions from {@code layoutBase} (the whole
     * range of the same filter) when it holds them all, so a time window needs no layout of its own.
     */
    public static ActorNetwork of(Dataset dataset, EventFilter filter, ActorNetwork layoutBase) {
        return new NetworkBuilder(dataset, filter).build(Objects.requireNonNull(layoutBase, "layoutBase"));
    }

    private static Map<ActorId, Point> positionsIn(ActorNetwork base, Set<ActorId> actors) {
        Map<ActorId, Point> positions = new LinkedHashMap<>();
        actors.forEach(a -> positions.put(a, base.layout(a)));
        return Collections.unmodifiableMap(positions);
    }

    public Dataset dataset() {
        return dataset;
    }

    public EventFilter filter() {
        return filter;
    }

    /** Every actor in the network, in id order: those taking part in a selected event and their affiliations. */
    public Set<ActorId> actors() {
        return actors;
    }

    /** The actors taking part (not merely mentioned) in at least one selected event, in id order. */
    public Set<ActorId> participants() {
        return participants;
    }

    public boolean contains(ActorId actor) {
        return actors.contains(actor);
    }

    public boolean isEmpty() {
        return actors.isEmpty();
    }

    /** Every connection, ordered by {@code a}, then {@code b}, then kind (interactions first). */
    public List<Connection> connections() {
        return connections.all();
    }

    /**
     * The connection between two actors, in either order: their interaction if they have one, otherwise the
     * affiliation between them.
     */
    public Optional<Connection> connection(ActorId a, ActorId b) {
        return connection(a, b, ConnectionKind.INTERACTION).or(() -> connection(a, b, ConnectionKind.AFFILIATION));
    }

    /**
     * The connection of one kind between two actors, in either order, looked up in a map rather than searched for:
     * an interaction and an affiliation between the same two actors are found separately. Empty when there is none.
     */
    public Optional<Connection> connection(ActorId a, ActorId b, ConnectionKind kind) {
        return connections.between(
                Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"), Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The actor's connections, strongest first: more shared events, then the more recent last event, then by the
     * other actor's id. Affiliations (weight 0) come after interactions.
     */
    public List<Connection> connectionsOf(ActorId actor) {
        return connections.of(actor);
    }

    /** The actors connected to {@code actor} by either kind of connection, in id order. */
    public Set<ActorId> neighbours(ActorId actor) {
        Set<ActorId> neighbours = new TreeSet<>();
        connectionsOf(actor).forEach(c -> neighbours.add(c.other(actor)));
        return Collections.unmodifiableSet(neighbours);
    }

    /** The events behind a connection, newest first, resolved from this network's dataset. */
    public List<Event> eventsOf(Connection connection) {
        return connection.events().stream()
                .map(id -> dataset.event(id).orElseThrow())
                .toList();
    }

    /** The actor's score on the metric; 0 for an actor present only through affiliations. */
    public double metric(Metric metric, ActorId actor) {
        return rankings.get(metric).get().score(requireActor(actor));
    }

    /**
     * Whether the metric's scores are estimates rather than exact: betweenness and closeness of a network with more
     * than {@value PathCentrality#EXACT_LIMIT} actors taking part are estimated from {@value PathCentrality#PIVOTS}
     * sampled source actors (see {@code docs/network.md}). Known without computing anything.
     */
    public boolean isEstimated(Metric metric) {
        return (metric == Metric.BETWEENNESS || metric == Metric.CLOSENESS)
                && participants.size() > PathCentrality.EXACT_LIMIT;
    }

    /**
     * The actor's place on the metric: 1 for the highest score; equal scores share the best place (1, 1, 3). Actors
     * present only through affiliations share the last place.
     */
    public int rank(Metric metric, ActorId actor) {
        return rankings.get(metric).get().rank(requireActor(actor));
    }

    /**
     * Computes everything the views show: the layout on another core while this thread computes every metric's
     * ranking and the communities, so a new network is ready in the time of the slower part rather than of both
     * (on two cores, the whole-range layout and the metrics take about as long as each other). Returns this.
     */
    public ActorNetwork computeAll() {
        CompletableFuture<Map<ActorId, Point>> positions = CompletableFuture.supplyAsync(this::layout);
        for (Metric m : Metric.values()) {
            ranking(m);
        }
        communityCount();
        positions.join();
        return this;
    }

    /** Every actor, highest score first; equal scores in id order; affiliation-only actors last. */
    public List<ActorId> ranking(Metric metric) {
        return rankings.get(metric).get().order();
    }

    /** The actor's community, numbered from 0 (the largest); see {@code docs/network.md}. */
    public int community(ActorId actor) {
        return communities.get().of(requireActor(actor));
    }

    /** The number of communities; 0 for an empty network. */
    public int communityCount() {
        return communities.get().count();
    }

    /**
     * The signed network's structural balance and its split into two camps (see {@link Camps}), computed on first use
     * and then kept; not part of {@link #computeAll}, since only some views ask for it.
     */
    public Camps camps() {
        return camps.get();
    }

    /** The actor's position in the box {@code [0, 1000] x [0, 1000]}; the same for the same data and filter. */
    public Point layout(ActorId actor) {
        return layout.get().get(requireActor(actor));
    }

    /** Every actor's position, in id order. */
    public Map<ActorId, Point> layout() {
        return layout.get();
    }

    /**
     * Up to {@code k} shortest chains of interactions from one actor to another, shortest first by number of hops,
     * then most shared events, then by actor ids. Empty when they are not connected, the same, or either is absent
     * or present only through affiliations.
     *
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public List<ActorPath> paths(ActorId from, ActorId to, int k) {
        return PathFinder.paths(interactions, from, to, k);
    }

    /** The interaction graph, for this package and its tests. */
    Graph<ActorId, LinkEdge> interactionGraph() {
        return interactions;
    }

    private ActorId requireActor(ActorId actor) {
        if (!actors.contains(actor)) {
            throw new IllegalArgumentException(actor + " is not in this network");
        }
        return actor;
    }

    @Override
    public String toString() {
        return "ActorNetwork[" + actors.size() + " actors, " + connections.all().size() + " connections, " + filter
                + "]";
    }
}
