package dev.parley.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The curated {@code data/} directory builds a network with every metric, the layout and paths. */
class RealDataNetworkTest {
    private static final ActorId TRUMP = ActorId.of("donald-trump");
    private static final ActorId PUTIN = ActorId.of("vladimir-putin");

    @Test
    void the_curated_data_builds_a_complete_network() {
        Dataset dataset = new DatasetLoader().load(Path.of("data")).dataset().orElseThrow();

        ActorNetwork network = ActorNetwork.of(dataset, EventFilter.all().withWindow(TimeWindow.covering(dataset)));

        assertThat(network.actors()).hasSizeGreaterThan(20);
        assertThat(network.connection(TRUMP, PUTIN)).hasValueSatisfying(c -> {
            assertThat(c.kind()).isEqualTo(ConnectionKind.INTERACTION);
            assertThat(c.weight()).isGreaterThanOrEqualTo(3);
            assertThat(network.eventsOf(c)).hasSize(c.weight()).allSatisfy(e -> {
                assertThat(e.involves(TRUMP)).isTrue();
                assertThat(e.involves(PUTIN)).isTrue();
            });
        });
        for (Metric metric : Metric.values()) {
            assertThat(network.ranking(metric)).hasSameSizeAs(network.actors());
            network.actors()
                    .forEach(a ->
                            assertThat(network.metric(metric, a)).isFinite().isNotNegative());
        }
        assertThat(network.communityCount()).isPositive();
        assertThat(network.layout().values()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, 1000.0);
            assertThat(p.y()).isBetween(0.0, 1000.0);
        });
        assertThat(network.paths(TRUMP, PUTIN, 3))
                .isNotEmpty()
                .first()
                .satisfies(path -> assertThat(path.length()).isEqualTo(1));
    }
}
