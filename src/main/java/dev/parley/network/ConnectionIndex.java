package dev.parley.network;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A network's connections, found by their two actors and kind, and per actor strongest first. Immutable. */
final class ConnectionIndex {
    private static final Comparator<PartialDate> NEWEST_FIRST = Comparator.reverseOrder();

    private final List<Connection> all;
    private final Map<Key, Connection> byPair = new HashMap<>();
    private final Map<ActorId, List<Connection>> byActor = new HashMap<>();

    /** Unordered pair of actors, with the kind of connection. */
    private record Key(ActorId a, ActorId b, ConnectionKind kind) {
        static Key of(ActorId x, ActorId y, ConnectionKind kind) {
            return x.compareTo(y) < 0 ? new Key(x, y, kind) : new Key(y, x, kind);
        }
    }

    ConnectionIndex(List<Connection> interactions, List<Connection> affiliations) {
        List<Connection> connections = new ArrayList<>(interactions);
        connections.addAll(affiliations);
        connections.sort(
                Comparator.comparing(Connection::a).thenComparing(Connection::b).thenComparing(Connection::kind));
        this.all = List.copyOf(connections);
        Map<ActorId, List<Connection>> ofActor = new HashMap<>();
        for (Connection c : all) {
            byPair.put(Key.of(c.a(), c.b(), c.kind()), c);
            ofActor.computeIfAbsent(c.a(), k -> new ArrayList<>()).add(c);
            ofActor.computeIfAbsent(c.b(), k -> new ArrayList<>()).add(c);
        }
        ofActor.forEach((actor, list) ->
                byActor.put(actor, list.stream().sorted(strongestFirst(actor)).toList()));
    }

    /** Every connection, ordered by {@code a}, then {@code b}, then kind (interactions first). */
    List<Connection> all() {
        return all;
    }

    /** The connection of one kind between two actors, in either order. */
    Optional<Connection> between(ActorId a, ActorId b, ConnectionKind kind) {
        return Optional.ofNullable(byPair.get(Key.of(a, b, kind)));
    }

    /** The actor's connections, strongest first; empty for an actor without any. */
    List<Connection> of(ActorId actor) {
        return byActor.getOrDefault(actor, List.of());
    }

    /** More shared events first, then the more recent last event, then by the other actor's id. */
    private static Comparator<Connection> strongestFirst(ActorId actor) {
        return Comparator.comparingInt(Connection::weight)
                .reversed()
                .thenComparing(
                        Connection::last,
                        Comparator.comparing(
                                (Optional<PartialDate> d) -> d.orElse(null), Comparator.nullsLast(NEWEST_FIRST)))
                .thenComparing(c -> c.other(actor))
                .thenComparing(Connection::kind);
    }
}
