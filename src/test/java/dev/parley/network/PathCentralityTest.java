package dev.parley.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.actor.ActorId;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/** The one-pass Brandes centrality agrees with JGraphT's own algorithms, and its estimate is stable and close. */
class PathCentralityTest {

    /** A random graph of {@code n} actors in a few components, with a power-law-ish degree spread. */
    private static Graph<ActorId, LinkEdge> randomGraph(int n, int edges, long seed) {
        Graph<ActorId, LinkEdge> g = new SimpleWeightedGraph<>(LinkEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(ActorId.of("actor-" + i));
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int e = 0; e < edges; e++) {
            int a = (int) (n * Math.pow(random.nextDouble(), 2));
            int b = random.nextInt(n);
            // vertices from n - 5 on stay in their own small component
            if (a != b && (a < n - 5) == (b < n - 5)) {
                g.addEdge(ActorId.of("actor-" + a), ActorId.of("actor-" + b), new LinkEdge(null));
            }
        }
        return g;
    }

    @Test
    void exact_scores_equal_jgrapht_betweenness_and_harmonic_closeness() {
        Graph<ActorId, LinkEdge> g = randomGraph(120, 400, 7);
        long n = g.vertexSet().size();
        Map<ActorId, Double> between = new BetweennessCentrality<>(new AsUnweightedGraph<>(g), false).getScores();
        Map<ActorId, Double> harmonic = new HarmonicCentrality<>(new AsUnweightedGraph<>(g), false, true).getScores();

        PathCentrality ours = PathCentrality.of(g);

        assertThat(ours.exact()).isTrue();
        for (ActorId v : g.vertexSet()) {
            assertThat(ours.betweenness().get(v))
                    .as("%s", v)
                    .isCloseTo(between.get(v) / ((n - 1) * (n - 2) / 2.0), within(1e-12));
            assertThat(ours.closeness().get(v)).as("%s", v).isCloseTo(harmonic.get(v), within(1e-12));
        }
    }

    @Test
    void an_empty_graph_a_single_actor_and_a_pair_score_as_defined() {
        assertThat(PathCentrality.of(randomGraph(0, 0, 1)).betweenness()).isEmpty();
        PathCentrality one = PathCentrality.of(randomGraph(1, 0, 1));
        assertThat(one.betweenness().values()).containsExactly(0.0);
        assertThat(one.closeness().values()).containsExactly(0.0);
        Graph<ActorId, LinkEdge> pair = randomGraph(2, 0, 1);
        pair.addEdge(ActorId.of("actor-0"), ActorId.of("actor-1"), new LinkEdge(null));
        assertThat(PathCentrality.of(pair).closeness().values()).containsExactly(1.0, 1.0);
        assertThat(PathCentrality.of(pair).betweenness().values()).containsExactly(0.0, 0.0);
    }

    @Test
    void the_sampled_estimate_is_deterministic_and_close_to_the_exact_scores() {
        Graph<ActorId, LinkEdge> g = randomGraph(600, 3000, 11);
        PathCentrality exact = PathCentrality.of(g);
        PathCentrality estimate = PathCentrality.of(g, 150);

        assertThat(estimate.exact()).isFalse();
        assertThat(PathCentrality.of(g, 150).betweenness()).isEqualTo(estimate.betweenness());
        double maxBetween =
                exact.betweenness().values().stream().mapToDouble(d -> d).max().orElseThrow();
        for (ActorId v : g.vertexSet()) {
            assertThat(estimate.betweenness().get(v))
                    .as("%s", v)
                    .isCloseTo(exact.betweenness().get(v), within(0.25 * maxBetween));
            assertThat(estimate.closeness().get(v))
                    .as("%s", v)
                    .isCloseTo(exact.closeness().get(v), within(0.05));
        }
    }
}
