package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;

/**
 * Computes one {@link Metric} for every vertex of the undirected, weighted interaction graph (weight = shared
 * events). Costs, for n actors and m interaction connections: degree and weighted degree O(n + m); PageRank
 * O(n + m) per iteration, at most {@value #PAGERANK_MAX_ITERATIONS} iterations. Betweenness and closeness come
 * from {@link PathCentrality}, which computes both in one pass.
 */
final class Centrality {
    static final double DAMPING = 0.85;
    static final int PAGERANK_MAX_ITERATIONS = 200;
    static final double PAGERANK_TOLERANCE = 1e-10;

    private Centrality() {}

    static Map<ActorId, Double> scores(Metric metric, Graph<ActorId, LinkEdge> interactions) {
        if (interactions.vertexSet().isEmpty()) {
            return Map.of();
        }
        return switch (metric) {
            case DEGREE -> perVertex(interactions, v -> interactions.degreeOf(v));
            case WEIGHTED_DEGREE ->
                perVertex(
                        interactions,
                        v -> interactions.edgesOf(v).stream()
                                .mapToDouble(interactions::getEdgeWeight)
                                .sum());
            case BETWEENNESS, CLOSENESS -> throw new IllegalArgumentException(metric + ": see PathCentrality");
            case PAGERANK ->
                new PageRank<>(interactions, DAMPING, PAGERANK_MAX_ITERATIONS, PAGERANK_TOLERANCE).getScores();
        };
    }

    private static Map<ActorId, Double> perVertex(Graph<ActorId, LinkEdge> graph, ToDoubleFunction<ActorId> score) {
        Map<ActorId, Double> scores = new HashMap<>();
        for (ActorId v : graph.vertexSet()) {
            scores.put(v, score.applyAsDouble(v));
        }
        return scores;
    }
}
