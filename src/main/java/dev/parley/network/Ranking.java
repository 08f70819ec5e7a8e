package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of one metric and the order they give: highest first, equal scores by actor id. Ties share the best
 * rank (1, 1, 3). Actors without a score (in the network only through an affiliation) score 0 and share the rank
 * after every scored actor. Scores are rounded to 12 decimals so that values equal up to floating point noise (two
 * symmetric actors) tie.
 */
final class Ranking {
    private static final double PRECISION = 1e12;

    private final Map<ActorId, Double> scores;
    private final Map<ActorId, Integer> ranks;
    private final List<ActorId> order;

    Ranking(Map<ActorId, Double> scored, Set<ActorId> unscored) {
        Map<ActorId, Double> values = new HashMap<>();
        scored.forEach((actor, value) -> values.put(actor, Math.round(value * PRECISION) / PRECISION));
        List<ActorId> ranked = new ArrayList<>(values.keySet());
        ranked.sort(
                Comparator.comparing((ActorId a) -> values.get(a)).reversed().thenComparing(a -> a));
        Map<ActorId, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0 && values.get(ranked.get(i)).equals(values.get(ranked.get(i - 1)));
            rankOf.put(ranked.get(i), tie ? rankOf.get(ranked.get(i - 1)) : i + 1);
        }
        List<ActorId> rest =
                unscored.stream().filter(a -> !values.containsKey(a)).sorted().toList();
        for (ActorId actor : rest) {
            values.put(actor, 0.0);
            rankOf.put(actor, ranked.size() + 1);
        }
        ranked.addAll(rest);
        this.scores = Collections.unmodifiableMap(values);
        this.ranks = Collections.unmodifiableMap(rankOf);
        this.order = List.copyOf(ranked);
    }

    double score(ActorId actor) {
        return scores.get(actor);
    }

    int rank(ActorId actor) {
        return ranks.get(actor);
    }

    List<ActorId> order() {
        return order;
    }
}
