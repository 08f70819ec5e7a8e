package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.EChart;
import dev.parley.chart.ExportFrame;
import dev.parley.chart.ExportMenu;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ui.ExplorerIntent.ChooseWindow;
import dev.parley.explorer.ui.ExplorerIntent.SelectEvent;
import dev.parley.timeline.ui.TimelineOptions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The timeline: the events of the filter on lanes, zoomed to the window. A new window only zooms, unless it needs
 * another level of detail; a selection only changes the highlight. Clicking an event selects it, clicking a month
 * bar zooms to that month, and zooming or panning chooses the window.
 */
final class TimelinePart extends Div implements ExplorerPart {
    static final String TITLE = "Timeline of diplomatic events";
    private final EChart chart = new EChart();
    private final ChartCache charts;
    private TimelineOptions.Built built;

    TimelinePart(ChartCache charts, ExplorerExports exports, Consumer<ExplorerIntent> intents) {
        this.charts = charts;
        chart.setId("timeline");
        chart.setSizeFull();
        chart.addItemClickListener(e -> clicked(e, intents));
        chart.addRangeChangeListener(e -> intents.accept(new ChooseWindow(window(
                e.getFrom().atZone(ZoneOffset.UTC).toLocalDate(),
                e.getTo().atZone(ZoneOffset.UTC).toLocalDate()))));
        Supplier<ExportFrame> frame = () -> exports.frame(TITLE);
        ExportMenu export = new ExportMenu(chart, "timeline", frame, () -> exports.fileBase("timeline"));
        export.addFile(
                exports.publishLink(chart, "timeline", frame, ExplorerScene::timelineEvents, TimelinePart::selected));
        exports.addEmbed(export, "timeline", StandaloneChart.TIMELINE, frame);
        ChartBox.fill(this, chart, "Timeline", export, "parley-timeline-box");
    }

    /** What the scene has selected on the timeline: the event, or else the actor. */
    static Optional<ChartKey> selected(ExplorerScene s) {
        return s.state()
                .event()
                .<ChartKey>map(EventKey::of)
                .or(() -> s.state().actor().map(ActorKey::new));
    }

    /** The timeline chart of a scene, from the cache shared by every session (also warmed: {@link FirstVisitWarmup}). */
    static TimelineOptions.Built chartOf(ChartCache charts, ExplorerScene scene) {
        var state = scene.state();
        Optional<TimeWindow> shown = scene.visibleWindow();
        var detail = TimelineOptions.detailFor(scene.timelineEvents(), shown.orElse(TimeWindow.all()));
        return charts.get(
                TimelineOptions.CHART.key(
                        scene.dataset(),
                        state.filter().withWindow(TimeWindow.all()),
                        state.lanes(),
                        state.pinned(),
                        shown,
                        detail,
                        state.scale()),
                () -> TimelineOptions.build(
                        scene.timelineEvents(),
                        scene.dataset(),
                        state.lanes(),
                        state.pinned(),
                        shown.orElse(null),
                        detail,
                        state.scale()));
    }

    @Override
    public void show(ExplorerScene scene, StateChange change) {
        Optional<TimeWindow> shown = scene.visibleWindow();
        TimeWindow visible = shown.orElse(TimeWindow.all());
        boolean rebuild = change.timelineLayout()
                // only a new window can outgrow the timeline's detail; a selection never does (and is the hot path)
                || change.filter() && !built.fits(scene.timelineEvents(), visible);
        if (rebuild) {
            built = chartOf(charts, scene);
            chart.setOption(built.option());
        } else if (change.filter() && shown.isPresent()) {
            chart.zoomTo(
                    shown.get().from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    shown.get().to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (rebuild || change.selection()) {
            var lit = built.indicesOf(scene.litEvents());
            if (lit.isEmpty()) {
                chart.clearHighlight();
            } else {
                chart.highlightIndices(lit);
            }
        }
    }

    private static void clicked(ChartItemClickEvent e, Consumer<ExplorerIntent> intents) {
        switch (e.getKey().orElse(null)) {
            case ChartKey.BinKey bin ->
                intents.accept(new ChooseWindow(
                        new TimeWindow(bin.month().atDay(1), bin.month().atEndOfMonth())));
            case ChartKey.EventKey event -> intents.accept(new SelectEvent(event.event()));
            case null, default -> {
                // another item (a forged id, a lane label): nothing to select
            }
        }
    }

    private static TimeWindow window(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? TimeWindow.all() : new TimeWindow(from, to);
    }
}
