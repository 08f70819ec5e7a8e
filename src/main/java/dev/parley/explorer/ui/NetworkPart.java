package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.Actor;
import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ExportMenu;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ui.ExplorerIntent.OpenConnection;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.network.ActorNetwork;
import dev.parley.network.LinkColouring;
import dev.parley.network.NodeColouring;
import dev.parley.network.ui.BalanceText;
import dev.parley.network.ui.NetworkOptions;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The actor network of the filter, sized by the chosen metric. A selection only changes the highlight. Clicking a
 * node selects the actor; clicking a link shows the events behind it in the side panel.
 */
final class NetworkPart extends Div implements ExplorerPart {
    private final EChart chart = new EChart();
    private final Span note = new Span();
    private final Span balance = new Span();
    private final StanceLegend legend = new StanceLegend();
    private final ChartCache charts;
    private final ExplorerExports exports;
    private NetworkOptions.Built built;
    private ExplorerScene scene;

    NetworkPart(ChartCache charts, ExplorerExports exports, Consumer<ExplorerIntent> intents) {
        this.charts = charts;
        this.exports = exports;
        chart.setId("network");
        chart.setSizeFull();
        chart.addItemClickListener(e -> clicked(e, intents));
        note.setId("network-note");
        note.addClassName("parley-chart-note");
        balance.setId("network-balance");
        balance.addClassName("parley-chart-footer");
        balance.setVisible(false);
        ExportMenu export = new ExportMenu(chart, "network", this::frame, () -> exports.fileBase("network"));
        export.addFile(
                exports.publishLink(chart, "network", this::frame, ExplorerScene::windowEvents, NetworkPart::selected));
        exports.addEmbed(export, "network", StandaloneChart.NETWORK, this::frame);
        ChartBox.fill(this, chart, "Network", export, "parley-network-box", note, legend);
        // under the chart, across its width: the sentence is too long for the header
        add(balance);
    }

    /** What the scene has selected in the network: the actor. */
    static Optional<ChartKey> selected(ExplorerScene s) {
        return s.state().actor().map(ActorKey::new);
    }

    /** The network chart of a scene, from the cache shared by every session (also warmed: {@link FirstVisitWarmup}). */
    static NetworkOptions.Built chartOf(ChartCache charts, ExplorerScene scene) {
        ActorNetwork network = scene.network();
        ExplorerState state = scene.state();
        return charts.get(
                NetworkOptions.CHART.key(network, state.metric(), state.colouring(), state.links()),
                () -> NetworkOptions.prepare(
                        network, scene.dataset(), state.metric(), state.colouring(), state.links()));
    }

    @Override
    public void show(ExplorerScene next, StateChange change) {
        scene = next;
        if (change.network()) {
            ActorNetwork network = next.network();
            ExplorerState state = next.state();
            built = chartOf(charts, next);
            Shown.when(legend, state.links() == LinkColouring.STANCE);
            chart.setOption(built.option());
            note.setText(
                    built.partial()
                            ? "the " + built.linksDrawn() + " strongest of " + built.linksTotal()
                                    + " connections drawn; narrow the time window to see all"
                            : "");
            boolean camps = state.colouring() == NodeColouring.CAMP;
            balance.setText(camps ? BalanceText.of(network.camps()) : "");
            balance.setVisible(camps);
        }
        if (change.network() || change.selection()) {
            if (next.litActors().isEmpty()) {
                chart.clearHighlight();
            } else {
                chart.highlightIndices(Map.of(NetworkOptions.SERIES_ID, built.indicesOf(next.litActors())));
            }
        }
    }

    private void clicked(ChartItemClickEvent e, Consumer<ExplorerIntent> intents) {
        switch (e.getKey().orElse(null)) {
            case ChartKey.ActorKey actor -> intents.accept(new SelectActor(actor.actor()));
            case ChartKey.ConnectionKey link
            when scene != null ->
                NetworkOptions.connectionOf(scene.network(), link)
                        .map(OpenConnection::new)
                        .ifPresent(intents);
            case null, default -> {
                // another item (a forged id): nothing to select
            }
        }
    }

    /**
     * A network image says when it draws only the strongest links, so no reader takes it for all of them, gives the
     * balance figures when its colours are camps, and says what the colours of stance links mean, since the legend
     * beside the title is not part of it.
     */
    private ExportFrame frame() {
        return frameOf(scene, built, exports);
    }

    static ExportFrame frameOf(ExplorerScene scene, NetworkOptions.Built built, ExplorerExports exports) {
        ExportFrame f = exports.frame(titleOf(scene));
        String footnote = f.footnote();
        if (scene.state().colouring() == NodeColouring.CAMP) {
            footnote += ". " + BalanceText.brief(scene.network().camps());
        }
        if (built.partial()) {
            footnote += ". Lines: the " + built.linksDrawn() + " strongest of " + built.linksTotal() + " connections";
        }
        if (scene.state().links() == LinkColouring.STANCE) {
            footnote += ". " + StanceLegend.FOOTNOTE;
        }
        return new ExportFrame(f.title(), f.subtitle(), footnote);
    }

    private static String titleOf(ExplorerScene scene) {
        ExplorerState state = scene.state();
        var dataset = scene.dataset();
        Optional<String> name = state.actor().flatMap(dataset::actor).map(Actor::name);
        if (name.isPresent()) {
            return "Network of actors: " + name.get() + " and connections";
        }
        var from = state.pathFrom().flatMap(dataset::actor).map(Actor::name);
        var to = state.pathTo().flatMap(dataset::actor).map(Actor::name);
        if (from.isPresent() && to.isPresent()) {
            return "Network of actors: paths from " + from.get() + " to " + to.get();
        }
        return "Network of actors (node size: " + state.metric().label() + ")";
    }
}
