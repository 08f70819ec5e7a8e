package dev.parley.suggest;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean": the known actor whose name or alias is closest to a new name. Two names are close when, folded
 * (case, accents), they differ by at most one edit in five characters ("Zelensky" ~ "Zelenskyy"), or when they share
 * the surname and the first name's initial ("Vladimir V. Putin" ~ "Vladimir Putin", "V. Putin" ~ "Vladimir Putin").
 * Built once per set of actors; each question then compares only names of about the same length or surname.
 */
public final class SimilarNames {
    private static final double MAX_DISTANCE = 0.2;

    private record Known(ActorId actor, String key, String[] words) {}

    private final Map<Integer, List<Known>> byLength = new HashMap<>();
    private final Map<String, List<Known>> bySurname = new HashMap<>();

    SimilarNames(Collection<Actor> actors) {
        for (Actor actor : actors) {
            List<String> names = new ArrayList<>(actor.aliases());
            names.addFirst(actor.name());
            for (String name : names) {
                String key = FoldedText.key(name);
                if (!key.isEmpty()) {
                    Known known = new Known(actor.id(), key, words(key));
                    byLength.computeIfAbsent(key.length(), k -> new ArrayList<>())
                            .add(known);
                    if (known.words().length > 1) {
                        bySurname
                                .computeIfAbsent(known.words()[known.words().length - 1], k -> new ArrayList<>())
                                .add(known);
                    }
                }
            }
        }
    }

    /** The actor whose name or alias is closest to {@code name}, if one is close enough; ties go to the lower id. */
    public static Optional<ActorId> closest(String name, Collection<Actor> actors) {
        return new SimilarNames(actors).closest(name);
    }

    Optional<ActorId> closest(String name) {
        String key = FoldedText.key(name == null ? "" : name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ActorId best = null;
        double bestScore = Double.MAX_VALUE;
        int slack = (int) Math.floor(MAX_DISTANCE * (key.length() / (1 - MAX_DISTANCE)));
        for (int length = key.length() - slack; length <= key.length() + slack; length++) {
            for (Known known : byLength.getOrDefault(length, List.of())) {
                int longest = Math.max(key.length(), known.key().length());
                int limit = (int) Math.floor(MAX_DISTANCE * longest);
                int distance = Levenshtein.bounded(key, known.key(), limit);
                double score = distance <= limit ? (double) distance / longest : Double.MAX_VALUE;
                if (better(score, known.actor(), bestScore, best)) {
                    best = known.actor();
                    bestScore = score;
                }
            }
        }
        String[] words = words(key);
        if (words.length > 1) {
            for (Known known : bySurname.getOrDefault(words[words.length - 1], List.of())) {
                double score = known.words()[0].charAt(0) == words[0].charAt(0) ? MAX_DISTANCE / 2 : Double.MAX_VALUE;
                if (better(score, known.actor(), bestScore, best)) {
                    best = known.actor();
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String[] words(String key) {
        return Arrays.stream(key.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static boolean better(double score, ActorId actor, double bestScore, ActorId best) {
        return score != Double.MAX_VALUE
                && (score < bestScore || score == bestScore && best != null && actor.compareTo(best) < 0);
    }
}
