package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;

/**
 * Positions for drawing the network in the box {@code [0, 1000] x [0, 1000]}. Actors with at least one connection
 * (of either kind) are placed by JGraphT's {@link IndexedFRLayoutAlgorithm2D}: Fruchterman and Reingold's
 * force-directed placement (1991), with repulsion approximated by a Barnes-Hut quadtree, so each round costs
 * O(n log n + m). The random start comes from a fixed seed and vertices are visited in id order, so the same data and
 * filter always give the same picture. The frame keeps separate components from drifting apart; the result is then
 * scaled, keeping its proportions, to fill the box. Actors without any connection sit on a ring around it, in id
 * order from the top, clockwise; a lone actor sits in the centre.
 */
final class NetworkLayout {
    static final double SIZE = 1000;
    static final long SEED = 42L;
    private static final double CENTRE = SIZE / 2;
    private static final double RING_RADIUS = 490;
    /** The half-width of the square inside the ring: its corners stay inside the ring. */
    private static final double INNER_HALF = 340;

    private static final int MAX_ROUNDS = 100;
    private static final int MIN_ROUNDS = 15;
    /** Rounds times actors: 100 rounds up to 200 actors, then fewer (15 from 1,334 actors) so big graphs stay fast. */
    private static final int WORK_BUDGET = 20_000;
    /**
     * Barnes-Hut's opening criterion: a quadtree cell counts as one body when it looks smaller than this. JGraphT's
     * default (0.5) is for drawings where single repulsions matter; in a network of thousands of actors 1.0 gives the
     * same picture at twice the speed (a whole-range layout was most of the 500 ms budget, see performance.md).
     */
    static final double THETA = 1.0;

    private NetworkLayout() {}

    static Map<ActorId, Point> of(Graph<ActorId, LinkEdge> graph) {
        List<ActorId> connected = new ArrayList<>();
        List<ActorId> isolated = new ArrayList<>();
        for (ActorId v : graph.vertexSet()) {
            (graph.degreeOf(v) > 0 ? connected : isolated).add(v);
        }
        Map<ActorId, Point> points = new LinkedHashMap<>();
        if (!connected.isEmpty()) {
            double half = isolated.isEmpty() ? CENTRE : INNER_HALF;
            fit(forceDirected(new AsSubgraph<>(graph, new LinkedHashSet<>(connected))), half, points);
        }
        ring(isolated, connected.isEmpty(), points);
        return Collections.unmodifiableMap(points);
    }

    private static Map<ActorId, Point2D> forceDirected(Graph<ActorId, LinkEdge> graph) {
        int n = graph.vertexSet().size();
        int rounds = Math.max(MIN_ROUNDS, Math.min(MAX_ROUNDS, WORK_BUDGET / n));
        DistinctPositionsModel<ActorId> model = new DistinctPositionsModel<>(Box2D.of(0, 0, SIZE, SIZE));
        new IndexedFRLayoutAlgorithm2D<ActorId, LinkEdge>(
                        rounds, THETA, IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(SEED))
                .layout(graph, model);
        Map<ActorId, Point2D> positions = new LinkedHashMap<>();
        for (ActorId v : graph.vertexSet()) {
            positions.put(v, model.get(v));
        }
        return positions;
    }

    /** Scales and centres the positions, keeping proportions, into the square of half-width {@code half}. */
    private static void fit(Map<ActorId, Point2D> positions, double half, Map<ActorId, Point> out) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point2D p : positions.values()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        double extent = Math.max(maxX - minX, maxY - minY);
        double scale = extent > 0 ? 2 * half / extent : 0;
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        positions.forEach((v, p) -> out.put(
                v, new Point(clamp(CENTRE + (p.getX() - midX) * scale), clamp(CENTRE + (p.getY() - midY) * scale))));
    }

    private static void ring(List<ActorId> isolated, boolean alone, Map<ActorId, Point> out) {
        if (alone && isolated.size() == 1) {
            out.put(isolated.getFirst(), new Point(CENTRE, CENTRE));
            return;
        }
        for (int i = 0; i < isolated.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / isolated.size();
            out.put(
                    isolated.get(i),
                    new Point(
                            clamp(CENTRE + RING_RADIUS * Math.cos(angle)),
                            clamp(CENTRE + RING_RADIUS * Math.sin(angle))));
        }
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(SIZE, value));
    }
}
