package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import dev.parley.actor.ActorId;
import dev.parley.dataset.ui.DatasetBinding;
import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ExportContext;
import dev.parley.chart.ExportMenu;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.timeline.LaneMode;
import dev.parley.network.ActorNetwork;
import dev.parley.network.NetworkService;
import dev.parley.network.ui.NetworkOptions;
import dev.parley.export.ExportNames;
import dev.parley.export.ExportService;
import dev.parley.search.SearchService;
import dev.parley.statistics.ui.StatisticsPanel;
import dev.parley.timeline.ui.TimelineOptions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The explorer: the timeline on top, the actor network below, details at the side, all showing one
 * {@link ExplorerState} that lives in the URL. A selection (actor, event, path) becomes a browser history entry,
 * so back and forward walk it; filter and window changes replace the current entry. Changes reach the charts as
 * small calls (highlight, zoom) where the picture stays the same, and as a new option where it does not.
 */
@Route("")
@RouteAlias("explorer")
@Menu(title = "Explorer", order = 0)
@PageTitle("Explorer · Parley")
public class ExplorerView extends Div implements BeforeEnterObserver, ExplorerActions, ExportContext {
    private final DatasetService datasets;
    private final NetworkService networks;
    private final ChartCache charts;
    private final EChart timeline = new EChart();
    private final EChart network = new EChart();
    private final FilterBar filters = new FilterBar(this::change);
    private final SidePanel side;
    private final EventTable eventTable = new EventTable(this::selectEvent);
    private final ActorTable actorTable = new ActorTable(this::selectActor);
    private final StatisticsPanel statistics = new StatisticsPanel(this);
    private final Span networkNote = new Span();
    private final TabSheet views = new TabSheet();
    /** Tabs whose content is out of date; each is brought up to date when it is shown, not before. */
    private final Set<Component> stale = new HashSet<>();

    private ExplorerState state;
    private Dataset dataset;
    private List<Event> timelineEvents = List.of();
    private List<Event> windowEvents = List.of();
    private ActorNetwork actorNetwork;
    private NetworkOptions.Built networkChart;
    private TimelineOptions.Built timelineChart;
    private TimeWindow dataRange = TimeWindow.all();

    public ExplorerView(DatasetService datasets, NetworkService networks, SearchService search,
                        ExportService exports, ChartCache charts) {
        this.datasets = datasets;
        this.networks = networks;
        this.charts = charts;
        this.side = new SidePanel(search, this);
        addClassName("parley-explorer");
        setSizeFull();

        timeline.setId("timeline");
        timeline.setSizeFull();
        timeline.addItemClickListener(this::timelineClicked);
        timeline.addRangeChangeListener(e -> change(s -> s.withWindow(window(e.getFrom().atZone(ZoneOffset.UTC)
                .toLocalDate(), e.getTo().atZone(ZoneOffset.UTC).toLocalDate()))));
        network.setId("network");
        network.setSizeFull();
        network.addItemClickListener(this::networkClicked);

        var timelineExport = new ExportMenu(timeline, "timeline", () -> frame("Timeline of diplomatic events"),
                () -> fileBase("timeline"));
        var networkExport = new ExportMenu(network, "network", this::networkFrame,
                () -> fileBase("network"));
        networkNote.setId("network-note");
        networkNote.addClassName("parley-chart-note");
        SplitLayout split = new SplitLayout(wrap(timeline, "Timeline", timelineExport, "parley-timeline-box"),
                wrap(network, "Network", networkExport, "parley-network-box", networkNote));
        split.setOrientation(SplitLayout.Orientation.VERTICAL);
        split.setSplitterPosition(45);
        split.setSizeFull();
        views.setId("explorer-tabs");
        views.add("Timeline and network", split);
        views.add("Events table", eventTable);
        views.add("Actors table", actorTable);
        Div statisticsBox = new Div(statistics);
        statisticsBox.addClassName("parley-statistics-box");
        views.add("Statistics", statisticsBox);
        views.addSelectedChangeListener(e -> refreshShownTab());
        statistics.addActorSelectedListener(this::selectActor);
        statistics.addMonthSelectedListener(month -> navigate(state.withWindow(
                new TimeWindow(month.atDay(1), month.atEndOfMonth()))));
        views.setSizeFull();
        SplitLayout main = new SplitLayout(views, side);
        main.setSplitterPosition(70);
        main.setSizeFull();
        main.addClassName("parley-explorer-main");
        filters.addToRow(new DataDownloadMenu(exports, () -> dataset, () -> state.filter()));
        add(filters, main);
        DatasetBinding.bind(this, datasets, s -> apply(state));
    }

    private static Div wrap(EChart chart, String title, ExportMenu export, String className, Component... notes) {
        Span name = new Span(title);
        name.addClassName("parley-chart-title");
        Div header = new Div(name);
        header.add(notes);
        header.add(export);
        header.addClassName("parley-chart-header");
        Div body = new Div(chart);
        body.addClassName("parley-chart-body");
        Div box = new Div(header, body);
        box.addClassName(className);
        box.addClassName("parley-chart-box");
        return box;
    }

    /** What an exported image says besides the chart: title, time window and filters, and the source count. */
    @Override
    public ExportFrame frame(String title) {
        long articles = windowEvents.stream().map(Event::article).distinct().count();
        return new ExportFrame(title, ExportTexts.windowAndFilters(state, dataset),
                "Source: " + windowEvents.size() + (windowEvents.size() == 1 ? " event" : " events") + " from "
                        + articles + (articles == 1 ? " article" : " articles") + ", Parley");
    }

    /** A network image says when it draws only the strongest links, so no reader takes it for all of them. */
    private ExportFrame networkFrame() {
        ExportFrame f = frame(networkTitle());
        return !networkChart.partial() ? f : new ExportFrame(f.title(), f.subtitle(), f.footnote() + ". Lines: the "
                + networkChart.linksDrawn() + " strongest of " + networkChart.linksTotal() + " connections");
    }

    private String networkTitle() {
        var name = state.actor().flatMap(dataset::actor).map(a -> a.name());
        if (name.isPresent()) {
            return "Network of actors: " + name.get() + " and connections";
        }
        var from = state.pathFrom().flatMap(dataset::actor).map(a -> a.name());
        var to = state.pathTo().flatMap(dataset::actor).map(a -> a.name());
        if (from.isPresent() && to.isPresent()) {
            return "Network of actors: paths from " + from.get() + " to " + to.get();
        }
        return "Network of actors (node size: " + state.metric().label() + ")";
    }

    @Override
    public String fileBase(String what) {
        return ExportNames.baseName(what, state.window());
    }

    private static TimeWindow window(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? TimeWindow.all() : new TimeWindow(from, to);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        apply(ExplorerStateCodec.read(event.getLocation().getQueryParameters().getParameters()));
    }

    /** A user's change to the filter or display: replaces the current history entry. */
    private void change(UnaryOperator<ExplorerState> edit) {
        ExplorerState next = edit.apply(state);
        if (!next.equals(state)) {
            apply(next);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location(next)));
        }
    }

    /** A user's new selection: a new history entry, so the back button returns to the previous one. */
    private void navigate(ExplorerState next) {
        if (!next.equals(state)) {
            getUI().ifPresent(ui -> ui.navigate("", QueryParameters.simple(ExplorerStateCodec.write(next))));
        }
    }

    private static Location location(ExplorerState s) {
        return new Location("", QueryParameters.simple(ExplorerStateCodec.write(s)));
    }

    private void apply(ExplorerState next) {
        Dataset current = datasets.current().dataset();
        boolean dataChanged = current != dataset;
        ExplorerState previous = state;
        state = next;
        dataset = current;
        boolean first = previous == null;
        if (first || dataChanged) {
            dataRange = TimeWindow.covering(dataset);
        }
        boolean filterChanged = first || dataChanged || !previous.filter().equals(next.filter());
        boolean timelineChanged = first || dataChanged
                || !previous.filter().withWindow(TimeWindow.all()).equals(next.filter().withWindow(TimeWindow.all()))
                || previous.lanes() != next.lanes() || !previous.pinned().equals(next.pinned());
        boolean networkChanged = filterChanged || previous.metric() != next.metric()
                || previous.colouring() != next.colouring();

        if (filterChanged) {
            timelineEvents = next.filter().withWindow(TimeWindow.all()).select(dataset);
            windowEvents = next.filter().select(dataset);
            actorNetwork = networks.network(dataset, next.filter());
        }
        Optional<TimeWindow> shown = visiblePart(next.window());
        TimeWindow visible = shown.orElse(TimeWindow.all());
        // only a new window can outgrow the timeline's detail; a selection never does (and is the hot path)
        if (timelineChanged || filterChanged && !timelineChart.fits(timelineEvents, visible)) {
            var detail = TimelineOptions.detailFor(timelineEvents, visible);
            List<Event> events = timelineEvents;
            timelineChart = charts.get(ChartCache.Key.of("timeline", dataset, next.filter().withWindow(TimeWindow.all()),
                    next.lanes(), next.pinned(), shown, detail), () -> TimelineOptions.build(events, dataset,
                    next.lanes(), next.pinned(), shown.orElse(null), detail));
            timeline.setOption(timelineChart.option());
        } else if (filterChanged && shown.isPresent()) {
            timeline.zoomTo(shown.get().from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    shown.get().to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (networkChanged) {
            ActorNetwork drawn = actorNetwork;
            networkChart = charts.get(ChartCache.Key.of("network", drawn, next.metric(), next.colouring()),
                    () -> NetworkOptions.prepare(drawn, dataset, next.metric(), next.colouring()));
            network.setOption(networkChart.option());
            networkNote.setText(networkChart.partial() ? "the " + networkChart.linksDrawn() + " strongest of "
                    + networkChart.linksTotal() + " connections drawn; narrow the time window to see all" : "");
        }
        if (timelineChanged || networkChanged) {
            // a selection leaves the bar as it is: setting its fields again would only cost the click time
            filters.show(next, dataRange);
            filters.showCounts(windowEvents.size(), dataset.events().size(), actorNetwork.actors().size(),
                    actorNetwork.connections().size());
        }
        if (filterChanged || networkChanged) {
            stale.addAll(List.of(eventTable, actorTable, statistics));
        }
        refreshShownTab();
        highlight();
        side.show(next, dataset, actorNetwork, this::askPath);
    }

    /**
     * Brings the shown tab up to date. The tables and statistics are built when their tab is opened, not on every
     * change while hidden: with thousands of events that would cost every click time and every session memory.
     */
    private void refreshShownTab() {
        if (state == null) {
            return;
        }
        Component shown = views.getSelectedTab() == null ? null : views.getComponent(views.getSelectedTab());
        if (shown == eventTable) {
            if (stale.remove(eventTable)) {
                eventTable.show(windowEvents, dataset, state.event());
            } else {
                eventTable.select(state.event());
            }
        } else if (shown == actorTable) {
            if (stale.remove(actorTable)) {
                actorTable.show(actorNetwork, dataset, state.metric(), state.actor());
            } else {
                actorTable.select(state.actor(), dataset);
            }
        } else if (shown != null && shown.getChildren().anyMatch(c -> c == statistics)) {
            if (stale.remove(statistics)) {
                statistics.show(windowEvents, actorNetwork, dataset, state.metric(), state.actor());
            } else {
                statistics.select(state.actor());
            }
        }
    }

    /**
     * The part of a window that the timeline can show: windows may be open on one side (from a date on) or
     * reach beyond the data; the timeline zooms to where they meet the data's range.
     */
    private Optional<TimeWindow> visiblePart(TimeWindow w) {
        TimeWindow data = dataRange;
        if (data.isAll()) {
            return Optional.empty();
        }
        LocalDate from = w.from().isAfter(data.from()) ? w.from() : data.from();
        LocalDate to = w.to().isBefore(data.to()) ? w.to() : data.to();
        return to.isBefore(from) ? Optional.empty() : Optional.of(new TimeWindow(from, to));
    }

    /** Lights what the selection is about and dims the rest, in both charts. */
    private void highlight() {
        Optional<ActorId> actor = state.actor().filter(a -> dataset.actor(a).isPresent());
        Optional<Event> event = state.event().flatMap(dataset::event);
        Set<ActorId> nodes = new HashSet<>();
        List<Event> events = new ArrayList<>();
        if (state.pathFrom().isPresent() && state.pathTo().isPresent() && actor.isEmpty() && event.isEmpty()) {
            actorNetwork.paths(state.pathFrom().get(), state.pathTo().get(), PathPanel.MAX_PATHS).stream()
                    .flatMap(p -> p.hops().stream()).flatMap(h -> Stream.of(h.from(), h.to()))
                    .forEach(nodes::add);
        } else if (actor.isPresent()) {
            nodes.add(actor.get());
            if (actorNetwork.actors().contains(actor.get())) {
                nodes.addAll(actorNetwork.neighbours(actor.get()));
            }
            timelineEvents.stream().filter(e -> e.involves(actor.get())).forEach(events::add);
        } else if (event.isPresent()) {
            event.get().participants().forEach(p -> nodes.add(p.actor()));
            events.add(event.get());
        }
        if (nodes.isEmpty()) {
            network.clearHighlight();
        } else {
            network.highlightIndices(Map.of(NetworkOptions.SERIES_ID, networkChart.indicesOf(nodes)));
        }
        Map<String, List<Integer>> items = timelineChart.indicesOf(events);
        if (items.isEmpty()) {
            timeline.clearHighlight();
        } else {
            timeline.highlightIndices(items);
        }
    }

    private void timelineClicked(ChartItemClickEvent e) {
        switch (e.getKey().orElse(null)) {
            case ChartKey.BinKey bin -> change(s -> s.withWindow(new TimeWindow(bin.month().atDay(1),
                    bin.month().atEndOfMonth())));
            case ChartKey.EventKey event -> selectEvent(event.event());
            case null, default -> {
            }
        }
    }

    private void networkClicked(ChartItemClickEvent e) {
        switch (e.getKey().orElse(null)) {
            case ChartKey.ActorKey actor -> selectActor(actor.actor());
            case ChartKey.ConnectionKey link -> NetworkOptions.connectionOf(actorNetwork, link)
                    .ifPresent(c -> side.showConnection(c, dataset, actorNetwork));
            case null, default -> {
            }
        }
    }

    private void askPath(Optional<ActorId> from, Optional<ActorId> to) {
        navigate(state.withActor(Optional.empty()).withEvent(Optional.empty()).withPath(from, to));
    }

    @Override
    public void selectActor(ActorId actor) {
        navigate(state.withActor(Optional.of(actor)));
    }

    @Override
    public void selectEvent(EventId event) {
        navigate(state.withEvent(Optional.of(event)));
    }

    @Override
    public void pinLane(ActorId actor) {
        if (!state.pinned().contains(actor)) {
            List<ActorId> pinned = new ArrayList<>(state.pinned());
            pinned.add(actor);
            change(s -> s.withPinned(pinned).withLanes(LaneMode.ACTOR));
        }
    }

    @Override
    public void startPath(ActorId from) {
        navigate(state.withActor(Optional.empty()).withPath(Optional.of(from), state.pathTo()));
    }

    /** The state shown, for tests. */
    ExplorerState state() {
        return Objects.requireNonNull(state);
    }
}
