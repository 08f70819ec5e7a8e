package dev.parley.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every request of a soak with its latency, by the minute of the run it started in and its kind (explorer view,
 * embed...), and every failure; read as a table of minutes with the median and 95th percentile of each kind.
 */
final class Latencies {
    /** At most this many failures are kept word for word (all are counted). */
    private static final int KEPT_FAILURES = 50;

    private final long start;
    private final Map<Integer, Map<String, Queue<Long>>> byMinute = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> failuresByMinute = new ConcurrentHashMap<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final AtomicInteger served = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    Latencies(long startNanos) {
        this.start = startNanos;
    }

    /** A request of {@code kind} that started at {@code startNanos} and was answered now, as expected. */
    void served(String kind, long startNanos) {
        byMinute.computeIfAbsent(minute(startNanos), m -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
                .add((System.nanoTime() - startNanos) / 1_000_000);
        served.incrementAndGet();
    }

    /** A request that failed: it is counted in its minute, and its description kept (the first ones). */
    void failed(String kind, long startNanos, String what) {
        failuresByMinute.merge(minute(startNanos), 1, Integer::sum);
        failed.incrementAndGet();
        if (failures.size() < KEPT_FAILURES) {
            failures.add(kind + ": " + what);
        }
    }

    private int minute(long nanos) {
        return (int) Duration.ofNanos(nanos - start).toMinutes() + 1;
    }

    /** Requests served in the whole run, including any that started after its last whole minute. */
    int served() {
        return served.get();
    }

    /** Requests failed in the whole run, including any that started after its last whole minute. */
    int failed() {
        return failed.get();
    }

    List<String> failures() {
        return failures;
    }

    /**
     * One minute of the run, numbered from 1: requests served and failed, and per kind the median and 95th
     * percentile in milliseconds.
     */
    record Minute(int minute, int served, int failed, Map<String, long[]> percentiles) {
        long p50(String kind) {
            return percentiles.getOrDefault(kind, new long[] {-1, -1})[0];
        }

        long p95(String kind) {
            return percentiles.getOrDefault(kind, new long[] {-1, -1})[1];
        }
    }

    /** The minutes 1 to {@code minutes}, in order (a minute without a request has zeros). */
    List<Minute> minutes(int minutes) {
        List<Minute> table = new ArrayList<>();
        for (int m = 1; m <= minutes; m++) {
            Map<String, long[]> percentiles = new TreeMap<>();
            int served = 0;
            for (var kind : byMinute.getOrDefault(m, Map.of()).entrySet()) {
                long[] sorted =
                        kind.getValue().stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(sorted);
                served += sorted.length;
                percentiles.put(kind.getKey(), new long[] {percentile(sorted, 50), percentile(sorted, 95)});
            }
            table.add(new Minute(m, served, failuresByMinute.getOrDefault(m, 0), percentiles));
        }
        return table;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
