package dev.parley.statistics;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts per month for a few keys (event classes, stances, actors): one row of counts per key, one column per
 * month. The months run without gaps from the first to the last, so a month without events is there with zeros.
 * Keys keep the order they were given in (the order a chart shows them). Immutable.
 *
 * @param months consecutive months, earliest first; empty when there is nothing to count
 * @param counts for each key, one count per month
 * @param <K> what is counted
 */
public record MonthlyCounts<K>(List<YearMonth> months, Map<K, List<Integer>> counts) {

    public MonthlyCounts {
        months = List.copyOf(months);
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).equals(months.get(i - 1).plusMonths(1))) {
                throw new IllegalArgumentException("months must be consecutive: " + months);
            }
        }
        Map<K, List<Integer>> copy = new LinkedHashMap<>();
        for (Map.Entry<K, List<Integer>> row : counts.entrySet()) {
            List<Integer> values = List.copyOf(row.getValue());
            if (values.size() != months.size()) {
                throw new IllegalArgumentException(
                        "row " + row.getKey() + " has " + values.size() + " counts for " + months.size() + " months");
            }
            copy.put(Objects.requireNonNull(row.getKey(), "key"), values);
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** The keys, in the order given. */
    public List<K> keys() {
        return List.copyOf(counts.keySet());
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    /** The count of a key in a month; 0 for a month outside the range or an unknown key. */
    public int count(K key, YearMonth month) {
        List<Integer> row = counts.get(key);
        int index = indexOf(month);
        return row == null || index < 0 ? 0 : row.get(index);
    }

    /** The key's counts, one per month; zeros for an unknown key. */
    public List<Integer> row(K key) {
        return counts.getOrDefault(key, Collections.nCopies(months.size(), 0));
    }

    /** The key's count over all months. */
    public int total(K key) {
        return row(key).stream().mapToInt(Integer::intValue).sum();
    }

    /** The count of all keys together in a month. */
    public int totalIn(YearMonth month) {
        int index = indexOf(month);
        return index < 0
                ? 0
                : counts.values().stream().mapToInt(row -> row.get(index)).sum();
    }

    /** The highest single count; 0 when there is none. */
    public int max() {
        return counts.values().stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
    }

    private int indexOf(YearMonth month) {
        if (months.isEmpty()) {
            return -1;
        }
        long index = ChronoUnit.MONTHS.between(months.getFirst(), month);
        return index >= 0 && index < months.size() ? (int) index : -1;
    }
}
