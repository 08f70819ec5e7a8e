package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;

/**
 * Groups of actors that deal more with each other than with the rest, found by JGraphT's
 * {@link LabelPropagationClustering} (Raghavan, Albert and Kumara 2007) on the interaction graph, unweighted. The
 * algorithm is randomised; a fixed seed and vertices in id order make it deterministic. It never puts actors of
 * different connected components together, so an actor without interactions is a community of its own. An actor
 * present only through affiliations joins the community most of its role holders belong to (on a tie, the lower
 * number). Communities are numbered from 0 by size, largest first, then by their smallest actor id, so the numbers
 * are stable for the same data and filter. Cost: O(n + m) per round, at most {@value #MAX_ROUNDS} rounds.
 */
final class Communities {
    static final long SEED = 20250212L;
    static final int MAX_ROUNDS = 100;

    private final Map<ActorId, Integer> numbers;
    private final int count;

    private Communities(Map<ActorId, Integer> numbers, int count) {
        this.numbers = Collections.unmodifiableMap(numbers);
        this.count = count;
    }

    static Communities of(Graph<ActorId, LinkEdge> interactions, List<Connection> affiliations) {
        List<Set<ActorId>> clusters = new ArrayList<>();
        new LabelPropagationClustering<>(interactions, MAX_ROUNDS, new Random(SEED))
                .getClustering()
                .forEach(cluster -> clusters.add(new TreeSet<>(cluster)));
        Map<ActorId, Integer> numbers = renumber(clusters);

        Map<ActorId, List<ActorId>> holdersOf = new TreeMap<>();
        for (Connection affiliation : affiliations) {
            if (!numbers.containsKey(affiliation.b())) {
                holdersOf
                        .computeIfAbsent(affiliation.b(), k -> new ArrayList<>())
                        .add(affiliation.a());
            }
        }
        holdersOf.forEach((actor, holders) -> {
            int joined = majority(holders.stream().map(numbers::get).toList());
            clusters.get(joined).add(actor);
        });
        Map<ActorId, Integer> finalNumbers = renumber(clusters);
        return new Communities(finalNumbers, clusters.size());
    }

    /** Sorts clusters in place (size descending, then smallest id) and maps each actor to its cluster's index. */
    private static Map<ActorId, Integer> renumber(List<Set<ActorId>> clusters) {
        clusters.sort(Comparator.comparingInt((Set<ActorId> c) -> c.size())
                .reversed()
                .thenComparing(c -> c.iterator().next()));
        Map<ActorId, Integer> numbers = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (ActorId actor : clusters.get(i)) {
                numbers.put(actor, i);
            }
        }
        return numbers;
    }

    private static int majority(List<Integer> communities) {
        Map<Integer, Integer> counts = new TreeMap<>();
        communities.forEach(c -> counts.merge(c, 1, Integer::sum));
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    int of(ActorId actor) {
        return numbers.get(actor);
    }

    int count() {
        return count;
    }
}
