package dev.parley.explorer.ui;

import com.vaadin.flow.shared.Registration;
import dev.parley.chart.ChartCache;
import dev.parley.chart.OptionFiles;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.network.NetworkService;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Builds what the explorer's first visitor needs before anyone asks: the whole-range network (graph, metrics,
 * communities, layout) and the default view's timeline and network charts, at start and again after every reload.
 * Without it the first visit after a start or a reload paid for all of it on a cold server: on a slow 2-core
 * machine it was drawn in 9.9 s against 3.3 s for the visits after it (docs/performance.md, issue 12). Later visits
 * find the same instances in {@link NetworkService}'s and {@link ChartCache}'s caches. After a reload it first drops
 * from those caches what the replaced dataset built, which would otherwise keep it alive.
 *
 * <p>At start it runs as an {@link ApplicationRunner}, before Spring reports the application ready to take traffic,
 * so a load balancer that waits for readiness sends no one to a node still preparing. A visit that comes earlier
 * waits for the same build instead of starting its own (the caches build each entry once). After a reload it runs
 * on its own thread: the data watcher must not wait for it.
 */
@Component
class FirstVisitWarmup implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstVisitWarmup.class);

    private final DatasetService datasets;
    private final NetworkService networks;
    private final ChartCache charts;
    private final ExecutorService afterReloads = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "parley-first-visit-warmup");
        thread.setDaemon(true);
        return thread;
    });
    private Registration listening;

    FirstVisitWarmup(DatasetService datasets, NetworkService networks, ChartCache charts) {
        this.datasets = datasets;
        this.networks = networks;
        this.charts = charts;
    }

    @Override
    public void run(ApplicationArguments args) {
        warm(datasets.current().dataset());
        listening = datasets.addListener(state -> {
            dropReplaced(state.dataset());
            afterReloads.execute(() -> warm(state.dataset()));
        });
    }

    /**
     * Drops the networks and charts built from any dataset but {@code current}: no view asks for them after a
     * reload, and each holds the dataset it was built from. A view still drawing the replaced data may put one
     * back; the next reload drops it.
     */
    void dropReplaced(Dataset current) {
        networks.keepOnly(current);
        charts.dropIfSource(source ->
                source != current && !(source instanceof ActorNetwork network && network.dataset() == current));
    }

    /** Builds the default view's network and charts of {@code dataset} into the shared caches. */
    void warm(Dataset dataset) {
        long start = System.nanoTime();
        try {
            ExplorerScene scene = ExplorerScene.derive(ExplorerState.initial(), dataset, networks, Optional.empty());
            // their addresses too: hashing and compressing a large option is done once, here
            OptionFiles.addressOf(TimelinePart.chartOf(charts, scene).option());
            OptionFiles.addressOf(NetworkPart.chartOf(charts, scene).option());
            log.info(
                    "Prepared the explorer's first view ({} actors) in {} ms",
                    scene.network().actors().size(),
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // the first visit then builds it itself, as it would without this class
            log.warn("Could not prepare the explorer's first view", e);
        }
    }

    @PreDestroy
    void stop() {
        if (listening != null) {
            listening.remove();
        }
        afterReloads.shutdownNow();
    }
}
