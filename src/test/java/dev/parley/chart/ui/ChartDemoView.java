package dev.parley.chart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.ConnectionKey;
import dev.parley.chart.ChartKey.EventKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ChartOption;
import dev.parley.chart.ChartOption.Axis;
import dev.parley.chart.ChartOption.Tooltip.Trigger;
import dev.parley.chart.CustomSeries;
import dev.parley.chart.DataItem;
import dev.parley.chart.DataZoom;
import dev.parley.chart.EChart;
import dev.parley.chart.GraphSeries;
import dev.parley.chart.ImageFormat;
import dev.parley.chart.LineStyle;
import dev.parley.chart.Link;
import dev.parley.chart.ScatterSeries;
import dev.parley.event.EventId;
import java.time.Instant;
import java.util.List;

/** Test-only page for the browser test: a graph and a timeline, with what their events reported. */
@AnonymousAllowed
@Route(value = "chart-demo", autoLayout = false)
public class ChartDemoView extends VerticalLayout {

    /** The name the browser test hovers: must show as text and never run. */
    public static final String HOSTILE_NAME = "<img src=x onerror=window.__pwned=1>";

    public static final ActorKey PUTIN = new ActorKey(ActorId.of("putin"));
    public static final ActorKey TRUMP = new ActorKey(ActorId.of("trump"));
    public static final ActorKey HOSTILE = new ActorKey(ActorId.of("hostile"));
    public static final ConnectionKey CALL =
            new ConnectionKey(PUTIN.actor(), TRUMP.actor(), ConnectionKey.Kind.INTERACTION);
    public static final EventKey PHONE_CALL = EventKey.of(EventId.of("call"));
    public static final EventKey RIYADH = EventKey.of(EventId.of("riyadh"));

    private static String id(ChartKey key) {
        return ChartKeyCodec.encode(key);
    }

    public ChartDemoView() {
        EChart graph = new EChart();
        graph.setId("graph");
        graph.setWidth("600px");
        graph.setHeight("400px");
        graph.setOption(ChartOption.of(GraphSeries.of(
                        "network",
                        List.of(
                                DataItem.node(id(PUTIN), "Vladimir Putin", 0, 0)
                                        .withSymbolSize(30)
                                        .withTooltip("Vladimir Putin", "President of Russia"),
                                DataItem.node(id(TRUMP), "Donald Trump", 300, 0).withSymbolSize(30),
                                DataItem.node(id(HOSTILE), HOSTILE_NAME, 150, 200)
                                        .withSymbolSize(30)
                                        .withTooltip(HOSTILE_NAME, "second line <b>not bold</b>")),
                        List.of(
                                Link.between(id(PUTIN), id(TRUMP))
                                        .withId(id(CALL))
                                        .directed(),
                                Link.between(id(HOSTILE), id(PUTIN))
                                        .withLineStyle(LineStyle.of("#888", 1, LineStyle.Type.DASHED)))))
                .withTooltip(Trigger.ITEM)
                .withAnimation(false));

        Span clicked = new Span("none");
        clicked.setId("clicked");
        graph.addItemClickListener(e -> clicked.setText((e.isNode() ? "node " : e.isEdge() ? "edge " : "item ")
                + e.getKey().map(Object::toString).orElse("?")));

        EChart timeline = new EChart();
        timeline.setId("timeline");
        timeline.setWidth("600px");
        timeline.setHeight("250px");
        Instant feb12 = Instant.parse("2025-02-12T00:00:00Z");
        timeline.setOption(ChartOption.of(
                        ScatterSeries.of(
                                "events",
                                "Events",
                                List.of(DataItem.point(id(PHONE_CALL), feb12, 0).withTooltip("Phone call"))),
                        CustomSeries.spans(
                                "talks",
                                "Talks",
                                List.of(DataItem.span(
                                                id(RIYADH),
                                                Instant.parse("2025-02-18T00:00:00Z"),
                                                Instant.parse("2025-02-20T00:00:00Z"),
                                                1)
                                        .withTooltip("Riyadh talks"))))
                .withTooltip(Trigger.ITEM)
                .withXAxis(Axis.time())
                .withYAxis(Axis.lanes(List.of("USA", "Russia")))
                .withDataZoom(DataZoom.inside(), DataZoom.slider())
                .withAnimation(false));
        Span range = new Span("none");
        range.setId("range");
        timeline.addRangeChangeListener(e -> range.setText(e.getFrom() + "/" + e.getTo()));

        Button png = new Button("PNG", e -> graph.exportImage(ImageFormat.PNG, 2, "#ffffff", "network.png"));
        png.setId("export-png");
        Button svg = new Button("SVG", e -> graph.exportImage(ImageFormat.SVG, 1, "#ffffff", "network.svg"));
        svg.setId("export-svg");
        Button highlight = new Button("Highlight", e -> graph.highlightKeys(List.of(PUTIN, TRUMP)));
        highlight.setId("highlight");
        Button highlightOther = new Button("Highlight others", e -> graph.highlightKeys(List.of(PUTIN, HOSTILE)));
        highlightOther.setId("highlight-other");

        Button zoom = new Button(
                "Zoom",
                e -> timeline.zoomTo(Instant.parse("2025-02-14T00:00:00Z"), Instant.parse("2025-02-19T00:00:00Z")));
        zoom.setId("zoom");

        Button large = new Button("Large", e -> graph.setOption(largeGraph()));
        large.setId("large");

        add(graph, clicked, timeline, range, png, svg, highlight, highlightOther, zoom, large);
    }

    /** How many nodes the large graph has: its option is well over the size that travels by its own address. */
    public static final int LARGE_NODES = 1200;

    /** A node of the large graph. */
    public static ActorKey largeNode(int i) {
        return new ActorKey(ActorId.of("large-" + i));
    }

    /** A grid of nodes, each with a tooltip whose second line is markup that must show as text. */
    private static ChartOption largeGraph() {
        List<DataItem> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < LARGE_NODES; i++) {
            nodes.add(DataItem.node(id(largeNode(i)), "Large " + i, (i % 40) * 15, (i / 40) * 15)
                    .withSymbolSize(8)
                    .withTooltip("Large " + i, HOSTILE_NAME + " " + i));
        }
        List<Link> links = java.util.stream.IntStream.range(1, LARGE_NODES)
                .mapToObj(i -> Link.between(id(largeNode(i - 1)), id(largeNode(i))))
                .toList();
        return ChartOption.of(GraphSeries.of("large", nodes, links))
                .withTooltip(Trigger.ITEM)
                .withAnimation(false);
    }
}
