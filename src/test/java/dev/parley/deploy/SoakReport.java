package dev.parley.deploy;

import static dev.parley.deploy.SoakTraffic.EMBED;
import static dev.parley.deploy.SoakTraffic.EXPLORER_VIEW;

import dev.parley.deploy.DataPushes.Outcome;
import dev.parley.deploy.DataPushes.Push;
import dev.parley.deploy.DataPushes.Seen;
import dev.parley.deploy.Latencies.Minute;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What a soak measured: the requests of every minute with their latencies, each node's heap after the full
 * collection at the end of each minute, and what each node made of each data push; as Markdown for
 * docs/reliability.md.
 *
 * @param command  the command that ran the soak, for the reader who wants to run it again
 * @param machine  the machine it ran on
 * @param served   requests served in the whole run
 * @param failed   requests failed in the whole run (and pushes that could not be made)
 * @param minutes  the minutes of the run, in order
 * @param heaps    per node (by name, in order), its heap in MB after the full collection at the end of each minute
 * @param pushes   the data pushes, in order
 * @param failures the first failed requests, word for word
 */
record SoakReport(
        String command,
        String machine,
        int served,
        int failed,
        List<Minute> minutes,
        Map<String, List<Long>> heaps,
        List<Push> pushes,
        List<String> failures) {

    /** The node's pushes with {@code outcome}. */
    long count(String node, Outcome outcome) {
        return pushes.stream()
                .flatMap(p -> p.seen().stream())
                .filter(s -> s.node().equals(node) && s.outcome() == outcome)
                .count();
    }

    long validPushes() {
        return pushes.stream().filter(Push::valid).count();
    }

    /**
     * The least-squares slope per minute of {@code value} over the minutes after the first (the first one warms the
     * JIT and the caches up); 0 with fewer than two such minutes.
     */
    static double slope(List<Double> values) {
        List<Double> steady = values.size() > 2 ? values.subList(1, values.size()) : values;
        int n = steady.size();
        if (n < 2) {
            return 0;
        }
        double meanX = (n - 1) / 2.0;
        double meanY =
                steady.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (steady.get(i) - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return num / den;
    }

    double explorerP95Slope() {
        return slope(column(m -> m.p95(EXPLORER_VIEW)));
    }

    double heapSlope(String node) {
        return slope(heaps.get(node).stream().map(Long::doubleValue).toList());
    }

    private List<Double> column(ToDoubleFunction<Minute> value) {
        return minutes.stream().map(m -> value.applyAsDouble(m)).toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("Command: `")
                .append(command)
                .append("`  \nMachine: ")
                .append(machine)
                .append("\n\n");
        md.append(String.format(Locale.ROOT, "**%,d requests served, %,d failed.** ", served, failed));
        if (minutes.size() < 3) {
            md.append("Too short for a trend (it leaves out minute 1, the warm-up).\n\n");
        } else {
            md.append(String.format(
                    Locale.ROOT,
                    "Trends from minute 2 on (least squares): explorer view p95 %+.1f ms per minute; heap after full"
                            + " GC %s.%n%n",
                    explorerP95Slope(),
                    heaps.keySet().stream()
                            .map(n -> String.format(Locale.ROOT, "%s %+.2f MB per minute", n, heapSlope(n)))
                            .collect(Collectors.joining(", "))));
        }
        md.append("| minute | served | failed | explorer view p50 / p95 ms | embed p50 / p95 ms | ");
        md.append(heaps.keySet().stream().map(n -> n + " heap MB").collect(Collectors.joining(" | ")));
        md.append(" |\n|---:|---:|---:|---:|---:|")
                .append("---:|".repeat(heaps.size()))
                .append('\n');
        for (Minute m : minutes) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %,d | %d | %d / %d | %d / %d | ",
                    m.minute(),
                    m.served(),
                    m.failed(),
                    m.p50(EXPLORER_VIEW),
                    m.p95(EXPLORER_VIEW),
                    m.p50(EMBED),
                    m.p95(EMBED)));
            md.append(heaps.values().stream()
                    .map(h -> m.minute() <= h.size() ? Long.toString(h.get(m.minute() - 1)) : "")
                    .collect(Collectors.joining(" | ")));
            md.append(" |\n");
        }
        md.append("\n| push | edit | events after | ")
                .append(String.join(" | ", heaps.keySet()))
                .append(" |\n|---:|---|---:|")
                .append("---|".repeat(heaps.size()))
                .append('\n');
        for (Push p : pushes) {
            md.append(String.format(
                    Locale.ROOT, "| %d | %s | %d | ", p.number(), p.valid() ? "valid" : "invalid", p.events()));
            md.append(p.seen().stream()
                    .map(s -> s.outcome().name().toLowerCase(Locale.ROOT) + " after " + s.millis() + " ms")
                    .collect(Collectors.joining(" | ")));
            md.append(" |\n");
        }
        md.append('\n');
        for (String node : heaps.keySet()) {
            md.append(String.format(
                    "- %s: %d pushes applied, %d refused, %d missed%n",
                    node, count(node, Outcome.APPLIED), count(node, Outcome.REFUSED), count(node, Outcome.MISSED)));
        }
        failures.forEach(f -> md.append("- failure: ").append(f).append('\n'));
        pushes.stream()
                .flatMap(p -> p.seen().stream())
                .filter(s -> s.outcome() == Outcome.MISSED)
                .map(Seen::health)
                .forEach(h -> md.append("- missed, health said: ").append(h).append('\n'));
        return md.toString();
    }
}
