package dev.parley.network;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.Role;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.TimeWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Applies the network rules of {@code docs/network.md} to a dataset and a filter. Cost: O(E p^2) for E selected events
 * of at most p counting participants, plus O(A r) for the roles of A actors.
 */
final class NetworkBuilder {
    private final Dataset dataset;
    private final EventFilter filter;
    private final SortedSet<ActorId> participants = new TreeSet<>();
    /* A hash map, sorted once at the end: a tree map compared two ids' texts on every pair of every event. */
    private final Map<Pair, Tally> tallies = new HashMap<>();

    /** Two actors, {@code a} before {@code b}. */
    private record Pair(ActorId a, ActorId b) implements Comparable<Pair> {
        static Pair of(ActorId x, ActorId y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        @Override
        public int compareTo(Pair o) {
            int c = a.compareTo(o.a);
            return c != 0 ? c : b.compareTo(o.b);
        }
    }

    /** What two actors share, events in time order. */
    private static final class Tally {
        final List<Event> events = new ArrayList<>();
        int aToB;
        int bToA;
        int scored;
        double scoreSum;
        final int[] byClass = new int[EventClass.values().length];
    }

    /**
     * For two actors' sets of roles in one event (a bit per {@link ParticipantRole}), whether the event's score runs
     * between them either way ({@link ParticipantRole#scoresTowards}).
     */
    private static final boolean[][] SCORES_BETWEEN = scoresBetween();

    private static boolean[][] scoresBetween() {
        ParticipantRole[] all = ParticipantRole.values();
        int sets = 1 << all.length;
        boolean[][] table = new boolean[sets][sets];
        for (int a = 0; a < sets; a++) {
            for (int b = 0; b < sets; b++) {
                for (ParticipantRole x : all) {
                    for (ParticipantRole y : all) {
                        boolean inA = (a & 1 << x.ordinal()) != 0;
                        boolean inB = (b & 1 << y.ordinal()) != 0;
                        if (inA && inB && (x.scoresTowards(y) || y.scoresTowards(x))) {
                            table[a][b] = true;
                        }
                    }
                }
            }
        }
        return table;
    }

    /** Whether to score the connections; only the benchmark's baseline leaves it out (see {@link BuildCost}). */
    private final boolean toned;

    NetworkBuilder(Dataset dataset, EventFilter filter) {
        this(dataset, filter, true);
    }

    NetworkBuilder(Dataset dataset, EventFilter filter, boolean toned) {
        this.dataset = dataset;
        this.filter = filter;
        this.toned = toned;
    }

    ActorNetwork build() {
        return build(null);
    }

    /** Builds the network; with a {@code layoutBase}, its actors keep the positions they have there. */
    ActorNetwork build(ActorNetwork layoutBase) {
        for (Event event : filter.select(dataset)) {
            add(event);
        }
        List<Connection> interactions = new ArrayList<>();
        tallies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> interactions.add(interaction(e.getKey(), e.getValue())));
        List<Connection> affiliations = affiliations();

        SortedSet<ActorId> vertices = new TreeSet<>(participants);
        affiliations.forEach(c -> vertices.add(c.b()));

        Graph<ActorId, LinkEdge> interactionGraph = new SimpleWeightedGraph<>(null, null);
        participants.forEach(interactionGraph::addVertex);
        for (Connection c : interactions) {
            LinkEdge edge = new LinkEdge(c);
            interactionGraph.addEdge(c.a(), c.b(), edge);
            interactionGraph.setEdgeWeight(edge, c.weight());
        }
        Graph<ActorId, LinkEdge> layoutGraph = new SimpleGraph<>(null, null, false);
        vertices.forEach(layoutGraph::addVertex);
        for (Connection c : interactions) {
            layoutGraph.addEdge(c.a(), c.b(), new LinkEdge(c));
        }
        for (Connection c : affiliations) {
            if (!layoutGraph.containsEdge(c.a(), c.b())) {
                layoutGraph.addEdge(c.a(), c.b(), new LinkEdge(c));
            }
        }
        return new ActorNetwork(
                dataset,
                filter,
                vertices,
                participants,
                interactions,
                affiliations,
                interactionGraph,
                layoutGraph,
                layoutBase);
    }

    private void add(Event event) {
        // each actor taking part, with the roles it takes (one bit per role): the pairs' tone needs them all
        Map<ActorId, Integer> roles = new TreeMap<>();
        Set<ActorId> initiators = new TreeSet<>();
        Set<ActorId> recipients = new TreeSet<>();
        for (Participant p : event.participants()) {
            if (filter.takesPart(p, dataset)) {
                roles.merge(p.actor(), 1 << p.role().ordinal(), (x, y) -> x | y);
                if (p.role() == ParticipantRole.INITIATOR) {
                    initiators.add(p.actor());
                } else if (p.role() == ParticipantRole.RECIPIENT) {
                    recipients.add(p.actor());
                }
            }
        }
        participants.addAll(roles.keySet());
        List<ActorId> list = List.copyOf(roles.keySet());
        int[] bits = roles.values().stream().mapToInt(Integer::intValue).toArray();
        double score = toned ? event.score() : 0;
        int eventClass = event.type().eventClass().ordinal();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Tally tally = tallies.computeIfAbsent(new Pair(list.get(i), list.get(j)), k -> new Tally());
                tally.events.add(event);
                if (toned) {
                    tally.byClass[eventClass]++;
                    // the same rule as Event.flows(), read from a table instead of allocating the flows
                    if (SCORES_BETWEEN[bits[i]][bits[j]]) {
                        tally.scored++;
                        tally.scoreSum += score;
                    }
                }
            }
        }
        for (ActorId from : initiators) {
            for (ActorId to : recipients) {
                if (!from.equals(to)) {
                    Tally tally = tallies.get(Pair.of(from, to));
                    if (from.compareTo(to) < 0) {
                        tally.aToB++;
                    } else {
                        tally.bToA++;
                    }
                }
            }
        }
    }

    private Connection interaction(Pair pair, Tally tally) {
        List<EventId> newestFirst =
                tally.events.reversed().stream().map(Event::id).toList();
        return Connection.interaction(
                pair.a(),
                pair.b(),
                tally.aToB,
                tally.bToA,
                newestFirst,
                tally.events.getFirst().date(),
                tally.events.getLast().date(),
                toned ? tone(tally) : Tone.NONE);
    }

    private static Tone tone(Tally tally) {
        Map<EventClass, Integer> byClass = new EnumMap<>(EventClass.class);
        for (EventClass c : EventClass.values()) {
            if (tally.byClass[c.ordinal()] > 0) {
                byClass.put(c, tally.byClass[c.ordinal()]);
            }
        }
        return new Tone(tally.scored, tally.scoreSum, byClass);
    }

    /** One affiliation per role holder taking part and actor whose role it holds during the window. */
    private List<Connection> affiliations() {
        List<Connection> affiliations = new ArrayList<>();
        for (ActorId holder : participants) {
            Map<ActorId, List<String>> titlesByOf = new LinkedHashMap<>();
            for (Role role : dataset.actor(holder).map(Actor::roles).orElse(List.of())) {
                role.of()
                        .filter(of -> !of.equals(holder) && overlaps(role, filter.window()))
                        .filter(of -> dataset.actor(of).map(filter::allowsActor).orElse(false))
                        .ifPresent(of -> titlesByOf
                                .computeIfAbsent(of, k -> new ArrayList<>())
                                .add(role.title()));
            }
            titlesByOf.forEach(
                    (of, titles) -> affiliations.add(Connection.affiliation(holder, of, String.join("; ", titles))));
        }
        return affiliations;
    }

    /** A role without {@code from} has held since ever, one without {@code to} still holds. */
    static boolean overlaps(Role role, TimeWindow window) {
        LocalDate from = role.from().map(d -> d.start()).orElse(LocalDate.MIN);
        LocalDate to = role.to().map(d -> d.endInclusive()).orElse(LocalDate.MAX);
        return window.overlaps(from, to);
    }
}
