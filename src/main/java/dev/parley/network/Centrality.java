package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * Computes one {@link Metric} for every vertex of the undirected, weighted interaction graph (weight = shared
 * events). Costs, for n actors and m interaction connections: degree and weighted degree O(n + m); PageRank
 * O(n + m) per iteration, at most {@value #PAGERANK_MAX_ITERATIONS} iterations; betweenness O(nm) (Brandes);
 * closeness O(n (m + n log n)) (one Dijkstra per actor).
 */
final class Centrality {
    static final double DAMPING = 0.85;
    static final int PAGERANK_MAX_ITERATIONS = 200;
    static final double PAGERANK_TOLERANCE = 1e-10;

    private Centrality() {
    }

    static Map<ActorId, Double> scores(Metric metric, Graph<ActorId, LinkEdge> interactions) {
        if (interactions.vertexSet().isEmpty()) {
            return Map.of();
        }
        return switch (metric) {
            case DEGREE -> perVertex(interactions, v -> interactions.degreeOf(v));
            case WEIGHTED_DEGREE -> perVertex(interactions, v -> interactions.edgesOf(v).stream()
                    .mapToDouble(interactions::getEdgeWeight).sum());
            case BETWEENNESS -> betweenness(interactions);
            case CLOSENESS -> new HarmonicCentrality<>(new AsUnweightedGraph<>(interactions), false, true).getScores();
            case PAGERANK -> new PageRank<>(interactions, DAMPING, PAGERANK_MAX_ITERATIONS, PAGERANK_TOLERANCE)
                    .getScores();
        };
    }

    /**
     * Hop-count betweenness, normalised to [0, 1] by the number of pairs of other actors, (n-1)(n-2)/2: 1 for the
     * centre of a star. JGraphT's own normalisation divides by (n-1)(n-2) also for undirected graphs, which would cap
     * the score at 0.5, so the raw scores are normalised here.
     */
    private static Map<ActorId, Double> betweenness(Graph<ActorId, LinkEdge> interactions) {
        Map<ActorId, Double> raw = new BetweennessCentrality<>(new AsUnweightedGraph<>(interactions), false)
                .getScores();
        long n = interactions.vertexSet().size();
        double pairs = (n - 1) * (n - 2) / 2.0;
        Map<ActorId, Double> normalised = new HashMap<>();
        raw.forEach((v, score) -> normalised.put(v, pairs > 0 ? score / pairs : 0.0));
        return normalised;
    }

    private static Map<ActorId, Double> perVertex(Graph<ActorId, LinkEdge> graph,
                                                  ToDoubleFunction<ActorId> score) {
        Map<ActorId, Double> scores = new HashMap<>();
        for (ActorId v : graph.vertexSet()) {
            scores.put(v, score.applyAsDouble(v));
        }
        return scores;
    }
}
