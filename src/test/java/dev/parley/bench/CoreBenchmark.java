package dev.parley.bench;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.BuildCost;
import dev.parley.network.Camps;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Metric;
import dev.parley.network.NetworkInternals;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.Relationship;
import dev.parley.relationship.RelationshipMatrix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The in-process part of the benchmark: loading warm, the network for the whole range and for one month, the
 * accuracy of the estimated centralities, and the files the peers and the browser run need (edge list, exact scores,
 * the actors to click). Usage: {@code CoreBenchmark <data dir> <output dir>}.
 */
public final class CoreBenchmark {
    private static final int RUNS = 7;

    private CoreBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Figures f = new Figures();

        List<Double> loads = new ArrayList<>();
        Dataset dataset = null;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            LoadResult result = new DatasetLoader().load(data);
            loads.add(ms(t));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException(
                        "synthetic data does not load: " + result.problems().get(0));
            }
            dataset = result.dataset().orElseThrow();
        }
        f.put("load.first_in_jvm_ms", Figures.round1(loads.get(0)));
        f.put("load.warm_ms", Figures.round1(Figures.median(loads.subList(2, RUNS))));
        f.put("dataset.events", dataset.events().size());
        f.put("dataset.actors", dataset.actors().size());
        f.put("dataset.articles", dataset.articles().size());

        Dataset d = dataset;
        EventFilter whole = ExplorerState.initial().filter();
        YearMonth busiest = d.events().stream()
                .collect(Collectors.groupingBy(e -> YearMonth.from(e.firstDay()), TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        EventFilter month = whole.withWindow(new TimeWindow(busiest.atDay(1), busiest.atEndOfMonth()));
        // as in the app (NetworkService): a window takes its positions from the whole range's cached network
        ActorNetwork wholeRange = ActorNetwork.of(d, whole);
        wholeRange.layout();
        for (var entry : Map.of("whole", whole, "month", month).entrySet()) {
            String p = "network." + entry.getKey() + ".";
            List<Double> total = new ArrayList<>();
            List<Double> sequential = new ArrayList<>();
            List<Double> build = new ArrayList<>();
            List<Double> simple = new ArrayList<>();
            List<Double> paths = new ArrayList<>();
            List<Double> communities = new ArrayList<>();
            List<Double> layout = new ArrayList<>();
            ActorNetwork network = null;
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                network = entry.getKey().equals("whole")
                        ? ActorNetwork.of(d, whole)
                        : ActorNetwork.of(d, entry.getValue(), wholeRange);
                build.add(ms(t0));
                ActorNetwork n = network;
                simple.add(time(() -> {
                    n.ranking(Metric.DEGREE);
                    n.ranking(Metric.WEIGHTED_DEGREE);
                    return n.ranking(Metric.PAGERANK);
                }));
                paths.add(time(() -> {
                    n.ranking(Metric.BETWEENNESS);
                    return n.ranking(Metric.CLOSENESS);
                }));
                communities.add(time(n::communityCount));
                layout.add(time(n::layout));
                sequential.add(ms(t0));
                // the total as the app builds a network (NetworkService): the layout on another core meanwhile
                long t1 = System.nanoTime();
                (entry.getKey().equals("whole")
                                ? ActorNetwork.of(d, whole)
                                : ActorNetwork.of(d, entry.getValue(), wholeRange))
                        .computeAll();
                total.add(ms(t1));
            }
            List<Double> tail = total.subList(2, RUNS);
            f.put(p + "total_ms", Figures.round1(Figures.median(tail)));
            f.put(p + "sequential_ms", Figures.round1(Figures.median(sequential.subList(2, RUNS))));
            f.put(p + "build_ms", Figures.round1(Figures.median(build.subList(2, RUNS))));
            f.put(p + "degree_pagerank_ms", Figures.round1(Figures.median(simple.subList(2, RUNS))));
            f.put(p + "betweenness_closeness_ms", Figures.round1(Figures.median(paths.subList(2, RUNS))));
            f.put(p + "communities_ms", Figures.round1(Figures.median(communities.subList(2, RUNS))));
            f.put(p + "layout_ms", Figures.round1(Figures.median(layout.subList(2, RUNS))));
            f.put(p + "actors", network.actors().size());
            f.put(p + "participants", network.participants().size());
            f.put(p + "connections", network.connections().size());
            f.put(p + "estimated", network.isEstimated(Metric.BETWEENNESS));
            if (entry.getKey().equals("month")) {
                f.put(p + "month", busiest);
                f.put(p + "events", entry.getValue().select(d).size());
            }
        }

        ActorNetwork network = ActorNetwork.of(d, whole);
        relationships(d, whole, network, f, out);
        long t = System.nanoTime();
        Map<ActorId, Double>[] exact = NetworkInternals.exactPathCentrality(network);
        f.put("exact.betweenness_closeness_ms", Figures.round1(ms(t)));
        f.put("estimate.betweenness_max_abs_error", maxError(network, Metric.BETWEENNESS, exact[0]));
        f.put("estimate.closeness_max_abs_error", maxError(network, Metric.CLOSENESS, exact[1]));
        f.put("estimate.betweenness_top25_overlap", topOverlap(network, Metric.BETWEENNESS, exact[0], 25));
        f.put("estimate.closeness_top25_overlap", topOverlap(network, Metric.CLOSENESS, exact[1], 25));
        List<Double> pageranks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ActorNetwork fresh = ActorNetwork.of(d, whole);
            pageranks.add(time(() -> fresh.ranking(Metric.PAGERANK)));
        }
        f.put("parley.pagerank_ms", Figures.round1(Figures.median(pageranks)));
        List<Double> exacts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            exacts.add(time(() -> NetworkInternals.exactPathCentrality(network)));
        }
        f.put("parley.exact_betweenness_closeness_ms", Figures.round1(Figures.median(exacts)));

        // what the peers and the browser run read
        StringBuilder edges = new StringBuilder();
        for (Connection c : network.connections()) {
            if (c.kind() == ConnectionKind.INTERACTION) {
                edges.append(c.a().value())
                        .append('\t')
                        .append(c.b().value())
                        .append('\t')
                        .append(c.weight())
                        .append('\n');
            }
        }
        Files.writeString(out.resolve("edges.tsv"), edges);
        StringBuilder scores = new StringBuilder();
        for (ActorId a : network.participants()) {
            scores.append(a.value())
                    .append('\t')
                    .append(exact[0].get(a))
                    .append('\t')
                    .append(network.metric(Metric.PAGERANK, a))
                    .append('\n');
        }
        Files.writeString(out.resolve("parley-scores.tsv"), scores);
        List<ActorId> ranked = network.ranking(Metric.DEGREE).stream()
                .filter(network.participants()::contains)
                .toList();
        StringBuilder clicks = new StringBuilder();
        int wanted = 60;
        Set<ActorId> chosen = new HashSet<>();
        for (int i = 0; i < wanted; i++) {
            ActorId a = ranked.get((int) ((long) i * (ranked.size() - 1) / (wanted - 1)));
            if (chosen.add(a)) {
                clicks.append(ChartKeyCodec.encode(new ActorKey(a)))
                        .append('\t')
                        .append(d.actor(a).orElseThrow().name())
                        .append('\n');
            }
        }
        Files.writeString(out.resolve("click-actors.tsv"), clicks);
        Event last = d.events().get(d.events().size() - 1);
        Files.writeString(
                out.resolve("drawn.properties"),
                "network.node="
                        + ChartKeyCodec.encode(new ActorKey(ranked.get(0))) + "\n"
                        + "timeline.item=" + last.id().value() + "\n"
                        + "timeline.series=" + last.type().eventClass().ordinal() + "\n");
        StringBuilder visEvents = new StringBuilder("[");
        for (Event e : d.events()) {
            if (visEvents.length() > 1) {
                visEvents.append(',');
            }
            visEvents
                    .append("{\"id\":\"")
                    .append(e.id().value())
                    .append("\",\"content\":\"")
                    .append(e.title().replace("\"", "\\\""))
                    .append("\",\"start\":\"")
                    .append(e.firstDay())
                    .append("\",\"group\":\"")
                    .append(e.type().eventClass().name())
                    .append('"')
                    .append(
                            e.lastDay().isAfter(e.firstDay())
                                    ? ",\"end\":\"" + e.lastDay().plusDays(1) + "\""
                                    : "")
                    .append('}');
        }
        Files.writeString(out.resolve("vis-events.json"), visEvents.append(']'));
        f.write(out.resolve("core.properties"));
        System.out.println("core benchmark: " + out.resolve("core.properties"));
    }

    /**
     * Issue 11's figures: what scoring the connections adds to the whole-range build (builds with and without tone
     * taken in turn, so both see the same machine state), the relationship of the busiest pair on the server, and
     * the pair the browser run opens.
     */
    private static void relationships(Dataset d, EventFilter whole, ActorNetwork network, Figures f, Path out)
            throws IOException {
        List<Double> toned = new ArrayList<>();
        List<Double> untoned = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            toned.add(time(() -> ActorNetwork.of(d, whole)));
            untoned.add(time(() -> BuildCost.withoutTone(d, whole)));
        }
        double with = Figures.median(toned.subList(2, RUNS));
        double without = Figures.median(untoned.subList(2, RUNS));
        f.put("network.whole.build_without_tone_ms", Figures.round1(without));
        f.put("network.whole.build_with_tone_ms", Figures.round1(with));
        f.put("network.whole.tone_overhead_pct", Figures.round1(100 * (with - without) / without));

        // on a fresh network each time: the matrix then pays for the camps that order it, as on a first view
        List<Double> matrix = new ArrayList<>();
        List<Double> camps = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ActorNetwork fresh = ActorNetwork.of(d, whole);
            matrix.add(time(() -> RelationshipMatrix.of(fresh, 30)));
            camps.add(time(() -> Camps.of(fresh.connections())));
        }
        f.put("matrix.30_ms", Figures.round1(Figures.median(matrix.subList(2, RUNS))));
        f.put("camps.whole_ms", Figures.round1(Figures.median(camps.subList(2, RUNS))));
        f.put("camps.actors", network.camps().camps().size());
        f.put(
                "camps.balance_pct",
                Figures.round1(100 * network.camps().balance().orElse(Double.NaN)));

        Connection busiest = network.connections().stream()
                .filter(c -> c.kind() == ConnectionKind.INTERACTION)
                .max(java.util.Comparator.comparingInt(Connection::weight))
                .orElseThrow();
        ActorPair pair = new ActorPair(busiest.a(), busiest.b());
        List<Double> relationship = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            relationship.add(time(() -> Relationship.of(pair, network.eventsOf(busiest))));
        }
        f.put("relationship.busiest_pair", pair);
        f.put("relationship.busiest_pair_events", busiest.weight());
        f.put("relationship.server_ms", Figures.round1(Figures.median(relationship.subList(2, RUNS))));
        Relationship r = Relationship.of(pair, network.eventsOf(busiest));
        // the browser benchmark opens the busiest pair in turn with the first actor's next busiest partner
        ActorId runnerUp = network.connectionsOf(pair.a()).stream()
                .filter(c -> c.kind() == ConnectionKind.INTERACTION
                        && !c.other(pair.a()).equals(pair.b()))
                .max(java.util.Comparator.comparingInt(Connection::weight))
                .orElseThrow()
                .other(pair.a());
        Files.writeString(
                out.resolve("pair.tsv"),
                String.join(
                                "\t",
                                pair.a().value(),
                                pair.b().value(),
                                d.nameOf(pair.a()),
                                d.nameOf(pair.b()),
                                Integer.toString(r.events().size()),
                                runnerUp.value(),
                                d.nameOf(runnerUp))
                        + "\n");
    }

    private static double maxError(ActorNetwork network, Metric metric, Map<ActorId, Double> exact) {
        return network.participants().stream()
                .mapToDouble(a -> Math.abs(network.metric(metric, a) - exact.get(a)))
                .max()
                .orElse(0);
    }

    /** How many of the k actors the exact scores rank highest are also among the estimate's k highest. */
    private static int topOverlap(ActorNetwork network, Metric metric, Map<ActorId, Double> exact, int k) {
        Set<ActorId> estimated = new HashSet<>(network.ranking(metric).subList(0, k));
        return (int) exact.entrySet().stream()
                .sorted(Map.Entry.<ActorId, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(Map.Entry::getKey)
                .filter(estimated::contains)
                .count();
    }

    private static double time(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return ms(t);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
