package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Gathers the parts' figures into {@code report.md} and {@code report.json}, each figure beside its target from
 * issue 5. Usage: {@code Report <benchmark dir>} (reads {@code parts/*.properties}).
 */
public final class Report {
    private record Row(String what, String key, String unit, Double limit, String peerKey) {}

    private static final List<Row> ROWS = java.util.stream.Stream.<Object>of(
                    new Row("Load + validate, cold JVM (median of 3)", "cold.load_ms", "ms", null, null),
                    new Row("Load + validate, warm", "load.warm_ms", "ms", 2000.0, null),
                    new Row(
                            "Graph + metrics + communities + layout, whole range (layout on a second core)",
                            "network.whole.total_ms",
                            "ms",
                            500.0,
                            null),
                    new Row("  the same steps one after another", "network.whole.sequential_ms", "ms", null, null),
                    new Row("  of which layout", "network.whole.layout_ms", "ms", null, null),
                    new Row(
                            "  of which betweenness + closeness (estimated)",
                            "network.whole.betweenness_closeness_ms",
                            "ms",
                            null,
                            null),
                    new Row(
                            "Graph + metrics + communities + layout, busiest month",
                            "network.month.total_ms",
                            "ms",
                            50.0,
                            null),
                    new Row("  the same steps one after another", "network.month.sequential_ms", "ms", null, null),
                    new Row("  of which layout", "network.month.layout_ms", "ms", null, null),
                    new Row(
                            "Explorer fully drawn (median of 3, server cache warm)",
                            "explorer.drawn_ms",
                            "ms",
                            1700.0,
                            null),
                    new Row("  of which until the page is built (Vaadin)", "explorer.page_built_ms", "ms", null, null),
                    new Row(
                            "Explorer fully drawn, returning visitor (browser cache warm)",
                            "explorer.drawn_returning_ms",
                            "ms",
                            null,
                            null),
                    new Row("Explorer fully drawn, first visit", "explorer.drawn_first_visit_ms", "ms", 3000.0, null),
                    new Row("First visit, bytes transferred", "explorer.first_visit_bytes", "B", 1_500_000.0, null),
                    new Row("First visit, bytes decoded", "explorer.first_visit_decoded_bytes", "B", null, null),
                    new Row("Actor click -> every view updated, median", "click.median_ms", "ms", null, null),
                    new Row("Actor click -> every view updated, p95", "click.p95_ms", "ms", 100.0, null),
                    new Row("Floor: a bare Vaadin page drawn, new visitor", "floor.drawn_ms", "ms", null, null),
                    new Row(
                            "Floor: a bare Vaadin round trip (click -> text), median",
                            "floor.click_median_ms",
                            "ms",
                            null,
                            null),
                    new Row("Floor: the same, p95", "floor.click_p95_ms", "ms", null, null),
                    new Row("Bytes to the browser per actor click, median", "click.median_bytes", "B", 50_000.0, null),
                    new Row("Bytes to the browser per actor click, p95", "click.p95_bytes", "B", 40_000.0, null),
                    new Row(
                            "Bytes, click on the most connected actor",
                            "click.most_connected_bytes",
                            "B",
                            50_000.0,
                            null),
                    new Row("Heap after load (after full GC)", "heap.after_load_mb", "MB", 300.0, null),
                    new Row("Heap per additional session", "heap.per_extra_session_mb", "MB", 2.0, null),
                    new Row(
                            "Timeline first render vs vis-timeline, median of 5 interleaved ratios",
                            "peer.timeline_ratio",
                            "ratio",
                            0.8,
                            null),
                    new Row(
                            "Exact betweenness + closeness vs NetworkX betweenness + harmonic",
                            "parley.exact_betweenness_closeness_ms",
                            "ratio",
                            1.0,
                            "networkx.path_ms"),
                    new Row("PageRank vs NetworkX", "parley.pagerank_ms", "ratio", 1.0, "networkx.pagerank_ms"),
                    new Row(
                            "Relationship of the busiest pair opened (click -> drawn), p95",
                            "relationship.open_p95_ms",
                            "ms",
                            150.0,
                            null),
                    new Row("  median", "relationship.open_median_ms", "ms", null, null),
                    new Row("  of which the relationship on the server", "relationship.server_ms", "ms", null, null),
                    new Row("Relationship matrix, 30 actors, whole range (server)", "matrix.30_ms", "ms", 300.0, null),
                    new Row(
                            "Stance on every connection: added to the whole-range build",
                            "network.whole.tone_overhead_pct",
                            "%",
                            15.0,
                            null),
                    new Row("  build without stance", "network.whole.build_without_tone_ms", "ms", null, null),
                    new Row("  build with stance", "network.whole.build_with_tone_ms", "ms", null, null),
                    new Row("Balance and camps, whole range", "camps.whole_ms", "ms", 250.0, null),
                    new Row(
                            "Studio suggestions, 2,000-word text, 2,000 actors, p95",
                            "suggest.p95_ms",
                            "ms",
                            100.0,
                            null),
                    new Row("  median", "suggest.median_ms", "ms", null, null),
                    new Row(
                            "Studio save to visible in an open explorer, reload interval 2 s (median of 3)",
                            "studio.save_to_visible_ms",
                            "ms",
                            3000.0,
                            null),
                    embedRows("real", "bundled data"),
                    embedRows("synthetic", "synthetic data"))
            .flatMap(r -> r instanceof Row row
                    ? java.util.stream.Stream.of(row)
                    : ((List<?>) r).stream().map(Row.class::cast))
            .toList();

    /** The embed figures of one dataset (EmbedBenchmark): issue 14's targets. */
    private static List<Row> embedRows(String label, String data) {
        String p = "embed." + label + ".";
        return List.of(
                new Row(
                        "Embed drawn, new reader, network, " + data + " (median of 3)",
                        p + "network.drawn_ms",
                        "ms",
                        1500.0,
                        null),
                new Row(
                        "Embed drawn, new reader, timeline, " + data + " (median of 3)",
                        p + "timeline.drawn_ms",
                        "ms",
                        1500.0,
                        null),
                new Row(
                        "Embed first visit, bytes transferred, network, " + data,
                        p + "network.first_visit_bytes",
                        "B",
                        1_000_000.0,
                        null),
                new Row(
                        "Embed first visit, bytes transferred, timeline, " + data,
                        p + "timeline.first_visit_bytes",
                        "B",
                        1_000_000.0,
                        null),
                new Row("1,000 embed readers at once, " + data + ": errors", p + "readers_errors", "errors", 1.0, null),
                new Row("  sessions they opened", p + "readers_sessions", "sessions", null, null),
                new Row("  page answered, p95", p + "readers_page_p95_ms", "ms", null, null),
                new Row(
                        "  server heap after them (after full GC; the server runs with -Xmx1g)",
                        p + "heap_after_mb",
                        "MB",
                        1024.0,
                        null));
    }

    private Report() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Properties all = new Properties();
        try (var files = Files.list(dir.resolve("parts"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties"))
                    .sorted()
                    .toList()) {
                all.putAll(Figures.read(p));
            }
        }
        if (all.containsKey("networkx.betweenness_ms")) {
            all.setProperty(
                    "networkx.path_ms",
                    String.valueOf(Double.parseDouble(all.getProperty("networkx.betweenness_ms"))
                            + Double.parseDouble(all.getProperty("networkx.harmonic_closeness_ms"))));
        }
        StringBuilder md = new StringBuilder("# Parley benchmark\n\n");
        md.append("Machine: ").append(all.getProperty("machine", "?")).append("\n\n");
        md.append("Data: ")
                .append(all.getProperty("dataset.events"))
                .append(" events, ")
                .append(all.getProperty("dataset.actors"))
                .append(" actors, ")
                .append(all.getProperty("dataset.articles"))
                .append(" articles (synthetic); whole-range network ")
                .append(all.getProperty("network.whole.actors"))
                .append(" actors, ")
                .append(all.getProperty("network.whole.connections"))
                .append(" connections; busiest")
                .append(" month ")
                .append(all.getProperty("network.month.month"))
                .append(": ")
                .append(all.getProperty("network.month.events"))
                .append(" events, ")
                .append(all.getProperty("network.month.actors"))
                .append(" actors.\n\n");
        md.append("| measure | value | target | met |\n| --- | --- | --- | --- |\n");
        List<String> json = new ArrayList<>();
        for (Row r : ROWS) {
            String raw = all.getProperty(r.key());
            String peer = r.peerKey() == null ? null : all.getProperty(r.peerKey());
            Double value = number(raw);
            if (r.peerKey() != null) {
                Double p = number(peer);
                value = value != null && p != null && p > 0 ? value / p : null;
            }
            String shown = value == null
                    ? "missing"
                    : r.unit().equals("ratio") && peer != null
                            ? String.format(Locale.ROOT, "%.3f (%s ms vs %s ms)", value, raw, peer)
                            : String.format(
                                            Locale.ROOT,
                                            "%s %s",
                                            trim(value),
                                            r.unit().equals("ratio") ? "" : r.unit())
                                    .strip();
            if (all.containsKey(r.key() + ".min") && all.containsKey(r.key() + ".max")) {
                shown += " (min " + all.getProperty(r.key() + ".min") + ", max " + all.getProperty(r.key() + ".max")
                        + ")";
            }
            String target = r.limit() == null
                    ? ""
                    : (r.unit().equals("ratio") ? "< " + trim(r.limit()) : "< " + trim(r.limit()) + " " + r.unit());
            String met = r.limit() == null || value == null ? "" : value < r.limit() ? "yes" : "**no**";
            md.append("| ")
                    .append(r.what())
                    .append(" | ")
                    .append(shown)
                    .append(" | ")
                    .append(target)
                    .append(" | ")
                    .append(met)
                    .append(" |\n");
            json.add(String.format(
                    Locale.ROOT,
                    "    {\"measure\": \"%s\", \"key\": \"%s\", \"value\": %s, \"unit\": "
                            + "\"%s\", \"target\": %s, \"met\": %s}",
                    r.what().trim(),
                    r.key(),
                    value == null ? "null" : trim(value),
                    r.unit(),
                    r.limit() == null ? "null" : trim(r.limit()),
                    r.limit() == null || value == null ? "null" : String.valueOf(value < r.limit())));
        }
        md.append(breakdown(all));
        md.append("\n## All figures\n\n```\n");
        StringBuilder figures = new StringBuilder();
        all.stringPropertyNames().stream().sorted().forEach(k -> {
            md.append(k).append(" = ").append(all.getProperty(k)).append('\n');
            if (figures.length() > 0) {
                figures.append(",\n");
            }
            figures.append("    \"")
                    .append(k)
                    .append("\": \"")
                    .append(all.getProperty(k).replace("\"", "'"))
                    .append('"');
        });
        md.append("```\n");
        Files.writeString(dir.resolve("report.md"), md);
        Files.writeString(
                dir.resolve("report.json"),
                "{\n  \"results\": [\n" + String.join(",\n", json) + "\n  ],\n  \"figures\": {\n" + figures
                        + "\n  }\n}\n");
        System.out.print(md);
    }

    /** The breakdown of BreakdownBenchmark, one table per moment, in the order it measured them. */
    static String breakdown(Properties all) {
        StringBuilder md = new StringBuilder();
        for (var moment : List.of(
                List.of("first", "First visit (new browser profile, server warm), until fully drawn"),
                List.of("warm", "Warm visit (the same profile again), until fully drawn"),
                List.of("click", "Actor click, until every view is updated"))) {
            String prefix = "breakdown." + moment.get(0) + ".";
            List<String> keys = all.stringPropertyNames().stream()
                    .filter(k -> k.startsWith(prefix))
                    .sorted(Comparator.comparing((String k) -> order(k.substring(prefix.length())))
                            .thenComparing(k -> k))
                    .toList();
            if (keys.isEmpty()) {
                continue;
            }
            md.append(md.isEmpty() ? "\n## Where the time goes (traced, so slower than the figures above)\n" : "")
                    .append("\n### ")
                    .append(moment.get(1))
                    .append("\n\n| part | value |\n| --- | --- |\n");
            for (String k : keys) {
                String part = k.substring(prefix.length());
                if (part.startsWith("main.")) {
                    String phase = part.substring("main.".length()).replace("_ms", "");
                    part = "main thread: " + TraceBreakdown.Phase.valueOf(phase.toUpperCase(Locale.ROOT)).label
                            + " (ms)";
                }
                md.append("| ")
                        .append(part)
                        .append(" | ")
                        .append(all.getProperty(k))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static int order(String part) {
        List<String> first = List.of("total", "vaadin", "main.", "json", "setoption.", "bytes.", "trip.", "option.");
        for (int i = 0; i < first.size(); i++) {
            if (part.startsWith(first.get(i))) {
                return i;
            }
        }
        return first.size();
    }

    private static Double number(String s) {
        try {
            return s == null ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.valueOf((long) v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
