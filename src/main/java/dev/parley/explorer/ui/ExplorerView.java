package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.chart.ChartCache;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.ui.DatasetBinding;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.explorer.ui.ExplorerIntent.OpenConnection;
import dev.parley.explorer.ui.ExplorerIntent.StateIntent;
import dev.parley.export.ExportService;
import dev.parley.network.NetworkService;
import dev.parley.search.SearchService;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The explorer: the timeline on top, the actor network below, details at the side, tables and statistics in tabs,
 * all showing one {@link ExplorerState} that lives in the URL. It is a coordinator of {@link ExplorerPart}s: it owns
 * the state, derives the {@link ExplorerScene} the parts share once per change, hands it to them through
 * {@link ExplorerParts}, and turns the {@link ExplorerIntent}s they report into the next state. A selection becomes
 * a browser history entry, so back and forward walk it; adjustments replace the current entry.
 */
@AnonymousAllowed
@Route("")
@RouteAlias("explorer")
@Menu(title = "Explorer", order = 0)
@PageTitle("Explorer · Parley")
public class ExplorerView extends Div implements BeforeEnterObserver {
    private final DatasetService datasets;
    private final NetworkService networks;
    private final ExplorerParts parts = new ExplorerParts();
    private final SidePanel side;
    private final TabSheet tabs = new TabSheet();
    private final Tab chartsTab;
    private final Tab relationshipTab;
    private ExplorerState state;

    public ExplorerView(
            DatasetService datasets,
            NetworkService networks,
            SearchService search,
            ExportService exports,
            ChartCache charts) {
        this.datasets = datasets;
        this.networks = networks;
        addClassName("parley-explorer");
        setSizeFull();
        var context = new ExplorerExports(() -> parts.scene().orElseThrow());
        FilterBar filters = new FilterBar(this::on);
        TimelinePart timeline = new TimelinePart(charts, context, this::on);
        NetworkPart network = new NetworkPart(charts, context, this::on);
        side = new SidePanel(search, this::on);
        SplitLayout split = new SplitLayout(timeline, network);
        split.setOrientation(SplitLayout.Orientation.VERTICAL);
        split.setSplitterPosition(45);
        split.setSizeFull();
        split.addClassName("parley-explorer-charts");
        tabs.setId("explorer-tabs");
        tabs.setSizeFull();
        SplitLayout main = new SplitLayout(tabs, side);
        main.setSplitterPosition(70);
        main.setSizeFull();
        main.addClassName("parley-explorer-main");
        filters.addToRow(
                new DataDownloadMenu(exports, () -> parts.scene().orElseThrow().dataset(), () -> state.filter()));
        add(filters, main);

        parts.add(filters, () -> true);
        chartsTab = tabs.add("Timeline and network", split);
        BooleanSupplier chartsShown = () -> chartsTab.equals(tabs.getSelectedTab());
        parts.add(timeline, chartsShown);
        parts.add(network, chartsShown);
        RelationshipPart relationship = new RelationshipPart(this::on, () -> tabs.setSelectedTab(chartsTab));
        relationshipTab = tabs.add("Relationship", relationship);
        parts.add(relationship, () -> relationshipTab.equals(tabs.getSelectedTab()));
        EventTable events = new EventTable(e -> on(new ExplorerIntent.SelectEvent(e)));
        parts.add(events, tab(tabs, "Events table", events));
        ActorTable actors = new ActorTable(a -> on(new ExplorerIntent.SelectActor(a)));
        parts.add(actors, tab(tabs, "Actors table", actors));
        StatisticsPart statistics = new StatisticsPart(context, this::on);
        parts.add(statistics, tab(tabs, "Statistics", statistics));
        MatrixPart matrix = new MatrixPart(charts, context, this::on);
        parts.add(matrix, tab(tabs, "Relationship matrix", matrix));
        parts.add(side, () -> true);
        tabs.addSelectedChangeListener(e -> parts.refresh());
        DatasetBinding.bind(this, datasets, reloaded -> show(state));
    }

    /** Adds a tab; the answer tells whether it is the one on screen. */
    private static BooleanSupplier tab(TabSheet tabs, String label, Component content) {
        Tab tab = tabs.add(label, content);
        return () -> tab.equals(tabs.getSelectedTab());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(ExplorerStateCodec.read(event.getLocation().getQueryParameters().getParameters()));
    }

    /** Shows a state over the data loaded now: one dataset version for the whole view. */
    private void show(ExplorerState next) {
        boolean pairOpened =
                next.pair().isPresent() && (state == null || !next.pair().equals(state.pair()));
        state = next;
        parts.show(ExplorerScene.derive(next, datasets.current().dataset(), networks, parts.scene()));
        if (pairOpened) {
            tabs.setSelectedTab(relationshipTab);
        }
    }

    /** What a part asks for. */
    private void on(ExplorerIntent intent) {
        switch (intent) {
            case OpenConnection open -> side.openConnection(open.connection());
            case StateIntent change -> {
                ExplorerState next = change.applyTo(state);
                if (next.equals(state)) {
                    if (change instanceof ExplorerIntent.Selection) {
                        side.reveal();
                    }
                    return;
                }
                show(next);
                // the address is pushed or replaced here, not through ui.navigate: a navigation walks every component
                // of the page for observers, which on a busy page costs more than the change itself. Back and forward
                // still navigate, and beforeEnter shows the state of that address.
                Location location = new Location("", QueryParameters.simple(ExplorerStateCodec.write(next)));
                getUI().map(ui -> ui.getPage().getHistory()).ifPresent(history -> {
                    if (change.newHistoryEntry()) {
                        history.pushState(null, location);
                    } else {
                        history.replaceState(null, location);
                    }
                });
            }
        }
    }

    /** The state shown, for tests. */
    ExplorerState state() {
        return Optional.ofNullable(state).orElseThrow();
    }
}
