package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The signed network behind {@link Camps}, in arrays for speed: each actor with at least one signed connection is a
 * vertex, numbered in id order (so the numbering, and everything computed from it, does not depend on the order the
 * connections come in); each interaction whose mean score leans one way is an edge of sign +1 (cooperative) or -1
 * (conflictual). Connections without a scored event, with a mean of exactly 0, and affiliations are left out.
 */
final class SignedGraph {
    final ActorId[] actors;
    /** Each vertex's neighbours, ascending. */
    final int[][] neighbours;
    /** The sign of the edge to each neighbour, parallel to {@link #neighbours}. */
    final byte[][] signs;

    private final int edges;

    private SignedGraph(ActorId[] actors, int[][] neighbours, byte[][] signs, int edges) {
        this.actors = actors;
        this.neighbours = neighbours;
        this.signs = signs;
        this.edges = edges;
    }

    /** A triangle count: how many triangles have three signed sides, and how many of them are balanced. */
    record Triangles(int all, int balanced) {}

    /** The sign a connection gives its edge: +1, -1, or 0 when it has none. */
    static int sign(Connection c) {
        if (c.kind() != ConnectionKind.INTERACTION) {
            return 0;
        }
        double mean = c.tone().mean().orElse(0);
        return mean > 0 ? 1 : mean < 0 ? -1 : 0;
    }

    /**
     * @throws IllegalArgumentException when two interactions join the same two actors (a network has one)
     */
    static SignedGraph of(Collection<Connection> connections) {
        List<Connection> signed = connections.stream().filter(c -> sign(c) != 0).toList();
        HashSet<ActorId> ids = new HashSet<>();
        signed.forEach(c -> {
            ids.add(c.a());
            ids.add(c.b());
        });
        ActorId[] actors = ids.toArray(ActorId[]::new);
        Arrays.sort(actors);
        Map<ActorId, Integer> index = new HashMap<>();
        for (int i = 0; i < actors.length; i++) {
            index.put(actors[i], i);
        }
        int[] from = new int[signed.size()];
        int[] to = new int[signed.size()];
        int[] degree = new int[actors.length];
        for (int e = 0; e < signed.size(); e++) {
            from[e] = index.get(signed.get(e).a());
            to[e] = index.get(signed.get(e).b());
            degree[from[e]]++;
            degree[to[e]]++;
        }
        // each entry packs neighbour and sign into one long, so one sort orders both
        long[][] packed = new long[actors.length][];
        for (int i = 0; i < actors.length; i++) {
            packed[i] = new long[degree[i]];
        }
        int[] filled = new int[actors.length];
        for (int e = 0; e < signed.size(); e++) {
            long s = sign(signed.get(e)) > 0 ? 1 : 0;
            packed[from[e]][filled[from[e]]++] = (long) to[e] << 1 | s;
            packed[to[e]][filled[to[e]]++] = (long) from[e] << 1 | s;
        }
        int[][] neighbours = new int[actors.length][];
        byte[][] signs = new byte[actors.length][];
        for (int i = 0; i < actors.length; i++) {
            long[] row = packed[i];
            Arrays.sort(row);
            neighbours[i] = new int[row.length];
            signs[i] = new byte[row.length];
            for (int k = 0; k < row.length; k++) {
                neighbours[i][k] = (int) (row[k] >>> 1);
                signs[i][k] = (byte) ((row[k] & 1) == 1 ? 1 : -1);
                if (k > 0 && neighbours[i][k] == neighbours[i][k - 1]) {
                    throw new IllegalArgumentException(
                            "two connections join " + actors[i] + " and " + actors[neighbours[i][k]]);
                }
            }
        }
        return new SignedGraph(actors, neighbours, signs, signed.size());
    }

    int size() {
        return actors.length;
    }

    int edges() {
        return edges;
    }

    int degree(int v) {
        return neighbours[v].length;
    }

    /**
     * Counts the triangles whose three sides are signed, and the balanced ones among them (an even number of negative
     * sides: the product of the signs is positive). The forward algorithm (Schank and Wagner 2005, "Finding,
     * counting and listing all triangles in large graphs, an experimental study"): each edge points from the end of
     * lower degree to the other (ties by number), so every triangle is met exactly once, as two out-edges of its
     * first vertex whose ends share an out-neighbour; the sorted out-lists are intersected by merging. Cost:
     * O(m^1.5) for m edges.
     */
    Triangles triangles() {
        int n = size();
        int[][] out = new int[n][];
        byte[][] outSigns = new byte[n][];
        for (int v = 0; v < n; v++) {
            int later = 0;
            for (int w : neighbours[v]) {
                if (before(v, w)) {
                    later++;
                }
            }
            out[v] = new int[later];
            outSigns[v] = new byte[later];
            int filled = 0;
            for (int k = 0; k < neighbours[v].length; k++) {
                if (before(v, neighbours[v][k])) {
                    out[v][filled] = neighbours[v][k];
                    outSigns[v][filled++] = signs[v][k];
                }
            }
        }
        int all = 0;
        int balanced = 0;
        for (int u = 0; u < n; u++) {
            int[] outU = out[u];
            for (int k = 0; k < outU.length; k++) {
                int v = outU[k];
                int[] outV = out[v];
                int i = 0;
                int j = 0;
                while (i < outU.length && j < outV.length) {
                    if (outU[i] < outV[j]) {
                        i++;
                    } else if (outU[i] > outV[j]) {
                        j++;
                    } else {
                        all++;
                        if (outSigns[u][k] * outSigns[u][i] * outSigns[v][j] > 0) {
                            balanced++;
                        }
                        i++;
                        j++;
                    }
                }
            }
        }
        return new Triangles(all, balanced);
    }

    /** Whether {@code v} comes before {@code w} in the forward algorithm's order: lower degree, then lower number. */
    private boolean before(int v, int w) {
        int dv = degree(v);
        int dw = degree(w);
        return dv < dw || dv == dw && v < w;
    }

    /**
     * The edges that go against a split into two sides: negative inside a side, or positive across.
     *
     * @param second for each vertex, whether it is on the second side
     */
    int frustrated(boolean[] second) {
        int count = 0;
        for (int v = 0; v < size(); v++) {
            for (int k = 0; k < neighbours[v].length; k++) {
                int w = neighbours[v][k];
                if (v < w && isFrustrated(signs[v][k], second[v], second[w])) {
                    count++;
                }
            }
        }
        return count;
    }

    static boolean isFrustrated(byte sign, boolean sideV, boolean sideW) {
        return sign > 0 ? sideV != sideW : sideV == sideW;
    }
}
