package dev.parley.dataset;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean" for misspelt ids, field names and vocabulary words, by edit distance. A suggestion is only
 * made when the typo is small compared to the word, so unrelated words are not proposed.
 */
final class Suggestions {
    /** Longer text is not a typo of a short word, and comparing it would cost time. */
    private static final int MAX_LENGTH = 100;

    private Suggestions() {}

    /** The candidate closest to {@code typed}, if it is close enough to be a likely typo. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String needle = typed.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= threshold(typed) ? Optional.of(best) : Optional.empty();
    }

    /**
     * Like {@link #closest}, but the candidates are known by several names (an actor by its id, name and aliases):
     * {@code names} maps each name to the value to suggest. A name written as an id ({@code "Vladimir Putin"} as
     * {@code vladimir-putin}) matches too.
     */
    static Optional<String> closestByName(String typed, Map<String, String> names) {
        if (typed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String slug = slug(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> e : names.entrySet()) {
            int d = Math.min(
                    distance(typed.toLowerCase(Locale.ROOT), e.getKey().toLowerCase(Locale.ROOT)),
                    distance(slug, slug(e.getKey())));
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue();
            }
        }
        return best != null && bestDistance <= threshold(typed) ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or nothing. */
    static String didYouMean(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /** Lowercase words joined by single hyphens: the id a name would get. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{IsAlphabetic}\\p{IsDigit}]+", "-")
                .replaceAll("^-|-$", "");
    }

    private static int threshold(String typed) {
        return Math.max(1, Math.min(4, typed.length() / 3));
    }

    /**
     * Edit distance (Levenshtein, with a swap of two neighbouring letters counted as one edit, as in "titel"), in
     * O(a·b) time.
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
