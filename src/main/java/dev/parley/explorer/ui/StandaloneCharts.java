package dev.parley.explorer.ui;

import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.PreparedOption;
import dev.parley.chart.ShownChart;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.NetworkService;
import dev.parley.network.ui.NetworkOptions;
import dev.parley.publish.ChartEvidence;
import dev.parley.publish.PublishedView;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.Relationship;
import dev.parley.relationship.ui.RelationshipOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A chart of the explorer as the explorer would show it for a state, with its frame and evidence, made without a
 * UI or a session (for embeds): the same options from the same shared cache, the same highlight and the same texts
 * as the parts ({@link TimelinePart}, {@link NetworkPart}, {@link RelationshipPart}).
 */
@Component
public class StandaloneCharts {
    private final NetworkService networks;
    private final ChartCache charts;

    public StandaloneCharts(NetworkService networks, ChartCache charts) {
        this.networks = networks;
        this.charts = charts;
    }

    /** Why a state has no such chart: a relationship without a pair of known actors. */
    public static final class NothingToShow extends RuntimeException {
        NothingToShow(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The chart of {@code state} over {@code dataset}.
     *
     * @throws NothingToShow when the state does not say what to show (a relationship without its pair)
     */
    public PublishedView view(StandaloneChart chart, ExplorerState state, Dataset dataset) {
        ExplorerScene scene = ExplorerScene.derive(state, dataset, networks, Optional.empty());
        ExplorerExports exports = new ExplorerExports(() -> scene);
        return switch (chart) {
            case TIMELINE -> {
                var built = TimelinePart.chartOf(charts, scene);
                yield view(
                        exports.frame(TimelinePart.TITLE),
                        ShownChart.of(built.option(), built.indicesOf(scene.litEvents())),
                        scene.timelineEvents(),
                        scene,
                        TimelinePart.selected(scene));
            }
            case NETWORK -> {
                var built = NetworkPart.chartOf(charts, scene);
                var lit = scene.litActors().isEmpty()
                        ? Map.<String, List<Integer>>of()
                        : Map.of(NetworkOptions.SERIES_ID, built.indicesOf(scene.litActors()));
                yield view(
                        NetworkPart.frameOf(scene, built, exports),
                        ShownChart.of(built.option(), lit),
                        scene.windowEvents(),
                        scene,
                        NetworkPart.selected(scene));
            }
            case RELATIONSHIP -> relationship(scene);
        };
    }

    private static PublishedView relationship(ExplorerScene scene) {
        Dataset d = scene.dataset();
        ActorPair pair = scene.state()
                .pair()
                .orElseThrow(
                        () -> new NothingToShow(
                                "A relationship needs two actors: add pair=<first actor id>,<second actor id> to the address."));
        if (d.actor(pair.a()).isEmpty() || d.actor(pair.b()).isEmpty()) {
            throw new NothingToShow(
                    "The data has no actor " + (d.actor(pair.a()).isEmpty() ? pair.a() : pair.b()).value() + ".");
        }
        Relationship r = RelationshipPart.relationshipOf(pair, scene);
        var option = RelationshipOptions.scores(r, d.nameOf(pair.a()), d.nameOf(pair.b()));
        return view(
                RelationshipPart.frameOf(r, scene),
                ShownChart.of(PreparedOption.of(option), Map.of()),
                r.events(),
                scene,
                Optional.of(new PairKey(pair.a(), pair.b())));
    }

    private static PublishedView view(
            ExportFrame frame, ShownChart shown, List<Event> events, ExplorerScene scene, Optional<ChartKey> first) {
        return new PublishedView(frame, shown, ChartEvidence.of(shown, events, scene.dataset(), first));
    }
}
