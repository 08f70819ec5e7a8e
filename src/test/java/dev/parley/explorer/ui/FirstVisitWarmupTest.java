package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.chart.ChartCache;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.DatasetService;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.network.NetworkService;
import dev.parley.network.ui.NetworkOptions;
import dev.parley.timeline.ui.TimelineOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The explorer's first view is built before anyone visits: the first visitor finds the network and both charts in
 * the caches every session shares. A builder that fails proves nothing is built again.
 *
 * <p>Its app is a new one, never one that another test class with the same settings already visited (which would fill
 * the caches the way a visit does).
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class FirstVisitWarmupTest {
    @Autowired
    DatasetService datasets;

    @Autowired
    NetworkService networks;

    @Autowired
    ChartCache charts;

    @Autowired
    FirstVisitWarmup warmup;

    @Test
    void the_address_without_parameters_is_the_state_that_is_warmed() {
        assertThat(ExplorerStateCodec.read(Map.of())).isEqualTo(ExplorerState.initial());
    }

    @Test
    void after_start_the_first_visit_finds_the_default_network_and_both_charts_built() {
        assertDefaultViewBuilt(datasets.current().dataset());
    }

    @Test
    void a_reloaded_dataset_gets_its_first_view_built_too() {
        Dataset reloaded = new DatasetLoader()
                .load(Path.of("src/test/resources/fixtures/valid"))
                .dataset()
                .orElseThrow();
        assertThat(reloaded).isNotSameAs(datasets.current().dataset());

        warmup.warm(reloaded);

        assertDefaultViewBuilt(reloaded);
    }

    @Test
    void a_reload_drops_the_networks_and_charts_of_the_replaced_dataset_and_keeps_the_new_ones() {
        Dataset replaced = datasets.current().dataset();
        warmup.warm(replaced);
        ExplorerScene before = scene(replaced);
        Dataset reloaded = new DatasetLoader()
                .load(Path.of("src/test/resources/fixtures/valid"))
                .dataset()
                .orElseThrow();
        warmup.warm(reloaded);

        warmup.dropReplaced(reloaded);

        assertDefaultViewBuilt(reloaded);
        assertThat(scene(replaced).network())
                .as("the replaced dataset's network was dropped: asking again builds a new one")
                .isNotSameAs(before.network());
        ExplorerState state = before.state();
        boolean[] rebuilt = {false};
        charts.get(NetworkOptions.CHART.key(before.network(), state.metric(), state.colouring(), state.links()), () -> {
            rebuilt[0] = true;
            return NetworkOptions.prepare(before.network(), replaced, state.metric(), state.colouring());
        });
        assertThat(rebuilt[0])
                .as("the replaced dataset's network chart was dropped")
                .isTrue();
    }

    /** The test of a reload drops what the app's dataset built: built again, the other tests find it as at start. */
    @AfterEach
    void warmTheAppsOwnDatasetAgain() {
        warmup.warm(datasets.current().dataset());
    }

    private ExplorerScene scene(Dataset dataset) {
        return ExplorerScene.derive(ExplorerState.initial(), dataset, networks, Optional.empty());
    }

    private void assertDefaultViewBuilt(Dataset dataset) {
        ExplorerScene scene = ExplorerScene.derive(ExplorerState.initial(), dataset, networks, Optional.empty());
        ExplorerState state = scene.state();
        NetworkOptions.Built network = charts.get(
                NetworkOptions.CHART.key(scene.network(), state.metric(), state.colouring(), state.links()), () -> {
                    throw new AssertionError("the first visit would build the network chart");
                });
        var shown = scene.visibleWindow();
        TimelineOptions.Built timeline = charts.get(
                TimelineOptions.CHART.key(
                        dataset,
                        state.filter().withWindow(TimeWindow.all()),
                        state.lanes(),
                        state.pinned(),
                        shown,
                        TimelineOptions.detailFor(scene.timelineEvents(), shown.orElse(TimeWindow.all())),
                        state.scale()),
                () -> {
                    throw new AssertionError("the first visit would build the timeline chart");
                });
        assertThat(network.option().json()).contains("\"graph\"");
        assertThat(timeline.option().json()).contains("\"series\"");
    }
}
