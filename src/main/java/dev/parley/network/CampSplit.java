package dev.parley.network;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Splits a {@link SignedGraph} into two sides leaving few frustrated edges (negative inside a side, positive across).
 * Finding the fewest is NP-hard, so the split is found in two deterministic steps:
 *
 * <ol>
 *   <li><b>Spectral start.</b> The sign of each vertex in the leading eigenvector of the signed adjacency matrix: in
 *       a perfectly balanced network that eigenvector is +1 on one camp and -1 on the other, and close to it in a
 *       nearly balanced one (the spectral view of signed graphs, e.g. Kunegis et al. 2010, "Spectral analysis of
 *       signed graphs for clustering, prediction and visualization", SIAM SDM). Found by power iteration on the
 *       matrix shifted by its largest degree (which makes every eigenvalue non-negative, so the iteration goes to
 *       the largest one rather than the largest in size), each connected part normalised on its own (the matrix is
 *       block-diagonal, so each part gets its own eigenvector), from a start drawn with a fixed seed (a constant start
 *       would be orthogonal to the answer in a symmetric network), until the vector settles or its signs have not
 *       changed for {@value #STABLE_ITERATIONS} iterations (only the signs are used).
 *   <li><b>Relocation</b> (Doreian and Mrvar 1996, "A partitioning approach to structural balance", Social Networks
 *       18): while moving a single vertex to the other side lowers the number of frustrated edges, make the move that
 *       lowers it most, on a tie the vertex with the lowest number (the lowest actor id). Frustrated edges inside and
 *       across count alike (their alpha = 1/2). Each move lowers the count, so it ends.
 * </ol>
 *
 * <p>Finally each connected part is turned so that its vertex of highest degree (on a tie, the lowest number) is on
 * the first side; this changes no count, only the names. Cost: O(i (n + m)) for i iterations, at most
 * {@value #MAX_ITERATIONS}, plus O(n) per move.
 */
final class CampSplit {
    static final long SEED = 19_960_101L;
    static final int MAX_ITERATIONS = 200;
    static final double TOLERANCE = 1e-9;
    /** Only the signs matter: once no sign has changed for this many iterations, the split stands. */
    static final int STABLE_ITERATIONS = 20;

    private CampSplit() {}

    /** For each vertex, whether it is on the second side. */
    static boolean[] split(SignedGraph g) {
        int[] part = parts(g);
        double[] x = leadingEigenvector(g, part);
        boolean[] second = new boolean[g.size()];
        for (int v = 0; v < g.size(); v++) {
            second[v] = x[v] < 0;
        }
        relocate(g, second);
        orient(g, part, second);
        return second;
    }

    /** The connected part of each vertex, numbered from 0 in the order of their lowest vertex. */
    static int[] parts(SignedGraph g) {
        int[] part = new int[g.size()];
        Arrays.fill(part, -1);
        int count = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < g.size(); start++) {
            if (part[start] >= 0) {
                continue;
            }
            part[start] = count;
            queue.add(start);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w : g.neighbours[v]) {
                    if (part[w] < 0) {
                        part[w] = count;
                        queue.add(w);
                    }
                }
            }
            count++;
        }
        return part;
    }

    static double[] leadingEigenvector(SignedGraph g, int[] part) {
        int n = g.size();
        int parts = Arrays.stream(part).max().orElse(-1) + 1;
        double shift = 0;
        for (int v = 0; v < n; v++) {
            shift = Math.max(shift, g.degree(v));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] x = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = random.nextDouble(-1, 1);
        }
        normalise(x, part, parts);
        double[] y = new double[n];
        int stable = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (int v = 0; v < n; v++) {
                double sum = shift * x[v];
                int[] ns = g.neighbours[v];
                byte[] ss = g.signs[v];
                for (int k = 0; k < ns.length; k++) {
                    sum += ss[k] * x[ns[k]];
                }
                y[v] = sum;
            }
            normalise(y, part, parts);
            double change = 0;
            boolean signsKept = true;
            for (int v = 0; v < n; v++) {
                change = Math.max(change, Math.abs(y[v] - x[v]));
                signsKept &= y[v] < 0 == x[v] < 0;
            }
            double[] t = x;
            x = y;
            y = t;
            stable = signsKept ? stable + 1 : 0;
            if (change < TOLERANCE || stable >= STABLE_ITERATIONS) {
                break;
            }
        }
        return x;
    }

    /** Scales each part's entries to length 1. */
    private static void normalise(double[] x, int[] part, int parts) {
        double[] norm = new double[parts];
        for (int v = 0; v < x.length; v++) {
            norm[part[v]] += x[v] * x[v];
        }
        for (int v = 0; v < x.length; v++) {
            double length = Math.sqrt(norm[part[v]]);
            if (length > 0) {
                x[v] /= length;
            }
        }
    }

    /** Doreian and Mrvar's relocation with single moves, best move first; changes {@code second} in place. */
    static void relocate(SignedGraph g, boolean[] second) {
        int n = g.size();
        // gain[v]: how much moving v lowers the count; every edge at v changes state, so it is frustrated - kept
        int[] gain = new int[n];
        for (int v = 0; v < n; v++) {
            int frustrated = 0;
            for (int k = 0; k < g.neighbours[v].length; k++) {
                if (SignedGraph.isFrustrated(g.signs[v][k], second[v], second[g.neighbours[v][k]])) {
                    frustrated++;
                }
            }
            gain[v] = 2 * frustrated - g.degree(v);
        }
        while (true) {
            int best = -1;
            for (int v = 0; v < n; v++) {
                if (gain[v] > 0 && (best < 0 || gain[v] > gain[best])) {
                    best = v;
                }
            }
            if (best < 0) {
                return;
            }
            second[best] = !second[best];
            gain[best] = -gain[best];
            for (int k = 0; k < g.neighbours[best].length; k++) {
                int w = g.neighbours[best][k];
                // the edge was frustrated exactly when it is not now; its change moves w's gain by 2
                boolean nowFrustrated = SignedGraph.isFrustrated(g.signs[best][k], second[best], second[w]);
                gain[w] += nowFrustrated ? 2 : -2;
            }
        }
    }

    /** Turns each part so that its vertex of highest degree is on the first side. */
    static void orient(SignedGraph g, int[] part, boolean[] second) {
        int parts = Arrays.stream(part).max().orElse(-1) + 1;
        int[] hub = new int[parts];
        Arrays.fill(hub, -1);
        for (int v = 0; v < g.size(); v++) {
            int p = part[v];
            if (hub[p] < 0 || g.degree(v) > g.degree(hub[p])) {
                hub[p] = v;
            }
        }
        boolean[] turn = new boolean[parts];
        for (int p = 0; p < parts; p++) {
            turn[p] = second[hub[p]];
        }
        for (int v = 0; v < g.size(); v++) {
            second[v] ^= turn[part[v]];
        }
    }
}
