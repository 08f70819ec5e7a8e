package dev.parley.suggest;

/**
 * Edit distance with a limit, in a band around the diagonal, so a comparison costs the length times the limit.
 * Written here rather than taken from commons-text, which is not on the class path and would be one dependency for
 * twenty lines.
 */
final class Levenshtein {
    private Levenshtein() {}

    /** The edit distance of {@code a} and {@code b}, or {@code limit + 1} when it is larger than {@code limit}. */
    static int bounded(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        int big = limit + 1;
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= limit ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            current[0] = i <= limit ? i : big;
            if (from > 1) {
                current[from - 1] = big;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < m) {
                current[to + 1] = big;
            }
            if (rowMin > limit) {
                return big;
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], big);
    }
}
