package dev.parley.bench;

import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH micro-benchmarks of the explorer's hot paths on the synthetic dataset ({@code -p data=<dir>}): selecting a
 * window's events, building its network, and each metric family on the whole range. Run by {@code bench/run}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HotPaths {
    @Param("target/synthetic")
    public String data;

    private Dataset dataset;
    private EventFilter whole;
    private EventFilter month;
    private ActorNetwork wholeNetwork;

    @Setup
    public void load() {
        dataset = new DatasetLoader().load(Path.of(data)).dataset().orElseThrow();
        whole = ExplorerState.initial().filter();
        YearMonth m =
                YearMonth.from(dataset.events().get(dataset.events().size() / 2).firstDay());
        month = whole.withWindow(new TimeWindow(m.atDay(1), m.atEndOfMonth()));
        wholeNetwork = ActorNetwork.of(dataset, whole);
    }

    @Benchmark
    public List<?> selectMonthEvents() {
        return month.select(dataset);
    }

    @Benchmark
    public ActorNetwork buildMonthNetwork() {
        return ActorNetwork.of(dataset, month);
    }

    @Benchmark
    public ActorNetwork buildWholeNetwork() {
        return ActorNetwork.of(dataset, whole);
    }

    @Benchmark
    public List<?> wholePageRank() {
        return ActorNetwork.of(dataset, whole).ranking(Metric.PAGERANK);
    }

    @Benchmark
    public List<?> wholeBetweennessEstimate() {
        return ActorNetwork.of(dataset, whole).ranking(Metric.BETWEENNESS);
    }

    @Benchmark
    public Object neighboursOfHub() {
        return wholeNetwork.neighbours(wholeNetwork.ranking(Metric.DEGREE).get(0));
    }
}
