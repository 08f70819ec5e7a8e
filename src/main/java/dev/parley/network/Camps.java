package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Who sides with whom in the signed network of a window: each interaction is positive (cooperative) or negative
 * (conflictual) by the sign of its mean score ({@link Connection#tone()}); a connection without a scored event or
 * with a mean of exactly 0 is unsigned and left out, and so are affiliations.
 *
 * <p><b>Structural balance</b> (Heider 1946, "Attitudes and cognitive organization"; Cartwright and Harary 1956,
 * "Structural balance: a generalization of Heider's theory", Psychological Review 63(5)): a triangle of three signed
 * connections is balanced when the product of its signs is positive (the friend of a friend is a friend, the enemy
 * of an enemy is a friend); {@link #balance()} is the share of balanced triangles. A fully balanced network splits
 * into two camps with every positive connection inside a camp and every negative one across (Cartwright and Harary's
 * structure theorem).
 *
 * <p><b>Camps</b>: the actors with at least one signed connection, split in two so that as few connections as
 * possible go against the split ({@link #frustrated()}: negative inside a camp, or positive across), found by a
 * spectral start improved by Doreian and Mrvar's relocation (see {@code CampSplit}). Deterministic: the same
 * connections, in any order, give the same camps. Camp 1 holds the actor with the most signed connections of each
 * connected part of the signed network. Cost: O(m^1.5) for the triangles of m signed connections, O(i m) for the
 * split.
 *
 * @param camps the camp of each actor with a signed connection, in id order
 * @param signedConnections the connections that lean one way
 * @param triangles the triangles whose three sides are signed connections
 * @param balancedTriangles those of them whose signs multiply to a positive number
 * @param frustrated the signed connections that go against the camps
 */
public record Camps(
        Map<ActorId, Camp> camps, int signedConnections, int triangles, int balancedTriangles, int frustrated) {

    /** No signed connection: no camps and no triangles. */
    public static final Camps NONE = new Camps(Map.of(), 0, 0, 0, 0);

    public Camps {
        Objects.requireNonNull(camps, "camps");
        camps = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(camps)));
        if (signedConnections < 0 || frustrated < 0 || frustrated > signedConnections) {
            throw new IllegalArgumentException(
                    "frustrated connections must lie between 0 and the " + signedConnections + " signed ones");
        }
        if (triangles < 0 || balancedTriangles < 0 || balancedTriangles > triangles) {
            throw new IllegalArgumentException("balanced triangles must lie between 0 and the " + triangles);
        }
    }

    /**
     * The camps and balance of the signed network of these connections (an {@link ActorNetwork}'s, or any with at
     * most one interaction per pair of actors); the entry point the benchmark times.
     *
     * @throws IllegalArgumentException when two interactions join the same two actors
     */
    public static Camps of(Collection<Connection> connections) {
        SignedGraph g = SignedGraph.of(connections);
        if (g.size() == 0) {
            return NONE;
        }
        SignedGraph.Triangles t = g.triangles();
        boolean[] second = CampSplit.split(g);
        Map<ActorId, Camp> camps = new LinkedHashMap<>();
        for (int v = 0; v < g.size(); v++) {
            camps.put(g.actors[v], second[v] ? Camp.TWO : Camp.ONE);
        }
        return new Camps(camps, g.edges(), t.all(), t.balanced(), g.frustrated(second));
    }

    /** The actor's camp; empty for an actor without a signed connection. */
    public Optional<Camp> of(ActorId actor) {
        return Optional.ofNullable(camps.get(actor));
    }

    /** The members of one camp, in id order. */
    public List<ActorId> members(Camp camp) {
        return camps.entrySet().stream()
                .filter(e -> e.getValue() == camp)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The share of balanced triangles, 0 to 1; empty when no triangle has three signed sides. */
    public OptionalDouble balance() {
        return triangles == 0 ? OptionalDouble.empty() : OptionalDouble.of(balancedTriangles / (double) triangles);
    }

    /** Whether no connection is signed. */
    public boolean isEmpty() {
        return camps.isEmpty();
    }
}
