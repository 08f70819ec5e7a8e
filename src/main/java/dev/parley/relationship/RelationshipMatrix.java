package dev.parley.relationship;

import dev.parley.actor.ActorId;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.Participant;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Camp;
import dev.parley.network.Camps;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Tone;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How the most active actors of a window stand with each other: the {@code size} actors taking part in the most
 * events of the network's filter (ties by id), each pair's cell holding their shared events and the mean score of
 * those whose score runs between them (the interaction's {@link Tone}).
 *
 * <p><b>Order.</b> So that blocs sit together, the actors are ordered by their camp in the window's whole network
 * ({@link ActorNetwork#camps()}, the same camps the network colours): camp 1, then camp 2, then actors without a
 * signed connection; inside each, the most active first, ties by id. Taking the camps of the whole network rather
 * than of the matrix's actors alone keeps a camp's name the same in the matrix and in the network. In a balanced
 * network the matrix then shows two blue blocks on the diagonal and red between them.
 *
 * <p>Immutable. Cost: one pass over the filter's events to count activity, plus the camps on first use of the
 * network, plus one look-up per pair of the {@code size} actors.
 */
public final class RelationshipMatrix {
    private final List<ActorId> actors;
    private final Map<ActorId, Integer> events;
    private final Map<ActorId, Camp> camps;
    private final Map<Pair, Cell> cells;

    /**
     * The shared events of two actors of the matrix, {@code a} before {@code b} in the matrix's order.
     *
     * @param a the actor earlier in the matrix's order
     * @param b the actor later in the matrix's order
     * @param events the events both took part in
     * @param tone the score of those events that run between the two (either way)
     */
    public record Cell(ActorId a, ActorId b, int events, Tone tone) {
        public Cell {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(tone, "tone");
            if (events < 1 || tone.scored() > events) {
                throw new IllegalArgumentException("a cell has events, and no more scored ones: " + events);
            }
        }

        /** The mean score of the scored events; empty when none runs between the two. */
        public OptionalDouble mean() {
            return tone.mean();
        }

        /** The number of events whose score runs between the two. */
        public int scored() {
            return tone.scored();
        }
    }

    /** Two actors in no order, to find a cell either way round. */
    private record Pair(ActorId first, ActorId second) {
        static Pair of(ActorId x, ActorId y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }
    }

    private RelationshipMatrix(
            List<ActorId> actors, Map<ActorId, Integer> events, Map<ActorId, Camp> camps, Map<Pair, Cell> cells) {
        this.actors = List.copyOf(actors);
        this.events = Collections.unmodifiableMap(events);
        this.camps = Collections.unmodifiableMap(camps);
        this.cells = Collections.unmodifiableMap(cells);
    }

    /**
     * The matrix of the {@code size} most active actors of the network's events (fewer when fewer take part); the
     * entry point the benchmark times.
     *
     * @throws IllegalArgumentException when {@code size < 1}
     */
    public static RelationshipMatrix of(ActorNetwork network, int size) {
        Objects.requireNonNull(network, "network");
        if (size < 1) {
            throw new IllegalArgumentException("a matrix needs at least one actor, not " + size);
        }
        Map<ActorId, Integer> activity = activity(network);
        List<ActorId> top = activity.keySet().stream()
                .sorted(Comparator.comparing((ActorId a) -> activity.get(a))
                        .reversed()
                        .thenComparing(a -> a))
                .limit(size)
                .toList();
        Camps networkCamps = top.isEmpty() ? Camps.NONE : network.camps();
        Map<ActorId, Camp> camps = new HashMap<>();
        top.forEach(a -> networkCamps.of(a).ifPresent(c -> camps.put(a, c)));
        List<ActorId> ordered = top.stream()
                .sorted(Comparator.comparingInt((ActorId a) -> campOrder(camps.get(a)))
                        .thenComparing(Comparator.comparing((ActorId a) -> activity.get(a))
                                .reversed())
                        .thenComparing(a -> a))
                .toList();
        Map<ActorId, Integer> events = new LinkedHashMap<>();
        ordered.forEach(a -> events.put(a, activity.get(a)));
        Map<Pair, Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                ActorId a = ordered.get(i);
                ActorId b = ordered.get(j);
                network.connection(a, b, ConnectionKind.INTERACTION)
                        .ifPresent(c -> cells.put(Pair.of(a, b), new Cell(a, b, c.weight(), c.tone())));
            }
        }
        return new RelationshipMatrix(ordered, events, camps, cells);
    }

    private static int campOrder(Camp camp) {
        return camp == null ? Camp.values().length : camp.ordinal();
    }

    /** For each actor taking part in an event of the network's filter, the number of such events. */
    private static Map<ActorId, Integer> activity(ActorNetwork network) {
        EventFilter filter = network.filter();
        Map<ActorId, Integer> counts = new HashMap<>();
        Set<ActorId> inEvent = new HashSet<>();
        for (Event event : filter.select(network.dataset())) {
            inEvent.clear();
            for (Participant p : event.participants()) {
                if (filter.takesPart(p, network.dataset()) && inEvent.add(p.actor())) {
                    counts.merge(p.actor(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The actors, in the matrix's order (rows top to bottom, columns left to right). */
    public List<ActorId> actors() {
        return actors;
    }

    public int size() {
        return actors.size();
    }

    public boolean isEmpty() {
        return actors.isEmpty();
    }

    /** The number of the filter's events the actor takes part in. */
    public int events(ActorId actor) {
        Integer n = events.get(actor);
        if (n == null) {
            throw new IllegalArgumentException(actor + " is not in this matrix");
        }
        return n;
    }

    /** The actor's camp in the window's network; empty for one without a signed connection. */
    public Optional<Camp> camp(ActorId actor) {
        return Optional.ofNullable(camps.get(actor));
    }

    /** The cell of two actors, either way round; empty when they share no event (or are the same actor). */
    public Optional<Cell> cell(ActorId x, ActorId y) {
        return x.equals(y) ? Optional.empty() : Optional.ofNullable(cells.get(Pair.of(x, y)));
    }

    /** Every cell once (each pair of actors that share an event), in the matrix's order of their earlier actor. */
    public List<Cell> cells() {
        return List.copyOf(cells.values());
    }
}
