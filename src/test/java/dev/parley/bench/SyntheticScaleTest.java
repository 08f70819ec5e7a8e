package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.event.Event;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small version of the benchmark that CI runs: correctness only, no timing. The generator's output loads with the
 * real loader without a problem, is marked synthetic and deterministic, and builds a complete network.
 */
class SyntheticScaleTest {

    @Test
    void a_small_synthetic_dataset_loads_without_problems_and_is_marked_synthetic(@TempDir Path dir)
            throws IOException {
        SyntheticData.write(new SyntheticData.Size(300, 80, 20, 7), dir);

        LoadResult result = new DatasetLoader().load(dir);

        assertThat(result.problems()).isEmpty();
        Dataset d = result.dataset().orElseThrow();
        assertThat(d.events()).hasSize(300);
        assertThat(d.actors()).hasSize(80);
        assertThat(d.articles()).hasSize(20);
        assertThat(d.events())
                .allSatisfy(e -> assertThat(e.participants().size()).isBetween(2, 7));
        try (Stream<Path> files =
                Stream.concat(Stream.of(dir.resolve("actors.yaml")), Files.list(dir.resolve("articles")))) {
            assertThat(files.toList())
                    .hasSize(21)
                    .allSatisfy(f -> assertThat(Files.readString(f)).startsWith(SyntheticData.MARK));
        }
    }

    @Test
    void the_same_seed_gives_the_same_files(@TempDir Path a, @TempDir Path b) throws IOException {
        SyntheticData.write(new SyntheticData.Size(200, 40, 10, 3), a);
        SyntheticData.write(new SyntheticData.Size(200, 40, 10, 3), b);

        assertThat(Files.readString(a.resolve("actors.yaml"))).isEqualTo(Files.readString(b.resolve("actors.yaml")));
        assertThat(Files.readString(a.resolve("articles/synthetic-00010.yaml")))
                .isEqualTo(Files.readString(b.resolve("articles/synthetic-00010.yaml")));
    }

    @Test
    void a_thousand_events_build_a_power_law_network_with_every_metric_layout_and_communities(@TempDir Path dir) {
        SyntheticData.write(new SyntheticData.Size(1000, 300, 50, 42), dir);
        Dataset d = new DatasetLoader().load(dir).dataset().orElseThrow();

        ActorNetwork network = ActorNetwork.of(d, ExplorerState.initial().filter());

        assertThat(network.participants()).hasSizeGreaterThan(100);
        for (Metric metric : Metric.values()) {
            assertThat(network.ranking(metric)).hasSameSizeAs(network.actors());
            assertThat(network.isEstimated(metric)).isFalse();
        }
        assertThat(network.communityCount()).isPositive();
        assertThat(network.layout()).hasSameSizeAs(network.actors());
        // a few very active actors, many rare ones
        var top = network.ranking(Metric.WEIGHTED_DEGREE).get(0);
        long topEvents = d.events().stream().filter(e -> e.involves(top)).count();
        long median = d.actors().stream()
                .mapToLong(
                        a -> d.events().stream().filter(e -> e.involves(a.id())).count())
                .sorted()
                .skip(d.actors().size() / 2)
                .findFirst()
                .orElseThrow();
        assertThat(topEvents).isGreaterThan(10 * Math.max(1, median));
        assertThat(d.events().stream().map(Event::article).distinct()).hasSize(50);
    }
}
