package dev.parley.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chart.ChartOption.Axis;
import dev.parley.chart.ChartOption.Tooltip.Trigger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Pins the JSON that reaches {@code <parley-echarts>} and so ECharts, without a browser. */
class ChartJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Same JSON, whatever the order of object keys (ECharts does not care about it, Jackson does not fix it). */
    private static void assertSameJson(String actual, String expected) {
        assertThat(JSON.readTree(actual)).as(actual).isEqualTo(JSON.readTree(expected));
    }

    private static final Instant FEB_12 = Instant.parse("2025-02-12T00:00:00Z");
    private static final Instant FEB_18 = Instant.parse("2025-02-18T00:00:00Z");
    private static final Instant FEB_20 = Instant.parse("2025-02-20T00:00:00Z");

    @Test
    void a_timeline_is_points_and_named_span_renderer_on_a_time_axis_with_category_lanes() {
        ChartOption timeline = ChartOption.of(
                        ScatterSeries.of(
                                "events",
                                "Events",
                                List.of(DataItem.point("e1", FEB_12, 0).withTooltip("Phone call", "12 Feb 2025"))),
                        CustomSeries.spans("talks", "Talks", List.of(DataItem.span("t1", FEB_18, FEB_20, 1))))
                .withTooltip(Trigger.ITEM)
                .withXAxis(Axis.time())
                .withYAxis(Axis.lanes(List.of("USA", "Russia")))
                .withDataZoom(DataZoom.inside(), DataZoom.slider().withWindow(FEB_12, FEB_20))
                .withAnimation(false);

        assertSameJson(ChartJson.write(timeline), """
                {"tooltip":{"trigger":"item","confine":true},\
                "xAxis":[{"type":"time"}],\
                "yAxis":[{"type":"category","data":["USA","Russia"],"inverse":true}],\
                "dataZoom":[{"type":"inside","filterMode":"weakFilter"},\
                {"type":"slider","startValue":1739318400000,"endValue":1740009600000,"filterMode":"weakFilter"}],\
                "series":[\
                {"type":"scatter","id":"events","name":"Events",\
                "data":[{"id":"e1","value":[1739318400000,0],"tooltipLines":["Phone call","12 Feb 2025"]}]},\
                {"type":"custom","id":"talks","name":"Talks","renderItem":"parley-span",\
                "data":[{"id":"t1","value":[1739836800000,1740009600000,1]}]}],\
                "animation":false}""");
    }

    @Test
    void a_timeline_event_names_its_row_and_a_month_bar_its_strength_beside_the_encoded_value() {
        ChartOption timeline = ChartOption.of(CustomSeries.events(
                "class-neutral",
                "Neutral",
                List.of(
                        DataItem.event("talks", "Talks", FEB_18, FEB_20, 2, 1, 3),
                        DataItem.bin("bin:2:2025-02:NEUTRAL", "4 events", FEB_12, FEB_20, 2, 0, 5, 0.5)),
                null));

        assertSameJson(ChartJson.write(timeline), """
                {"series":[{"type":"custom","id":"class-neutral","name":"Neutral","renderItem":"parley-event",\
                "data":[{"id":"talks","name":"Talks","value":[1739836800000,1740009600000,2],"slot":1,"slots":3},\
                {"id":"bin:2:2025-02:NEUTRAL","name":"4 events","value":[1739318400000,1740009600000,2],\
                "slot":0,"slots":5,"strength":0.5}],\
                "labelLayout":{"hideOverlap":true}}]}""");
    }

    @Test
    void a_graph_has_server_positions_no_layout_hidden_label_overlap_and_typed_edges() {
        ChartOption graph = ChartOption.of(GraphSeries.of(
                                "network",
                                List.of(
                                        DataItem.node("putin", "Vladimir Putin", 0, 0)
                                                .withSymbolSize(20)
                                                .withCategory(0),
                                        DataItem.node("kremlin", "Kremlin", 100.5, -40)
                                                .withCategory(1)),
                                List.of(
                                        Link.between("putin", "kremlin")
                                                .withId("m1")
                                                .withLineStyle(LineStyle.of("#888", 1, LineStyle.Type.DASHED)),
                                        Link.between("kremlin", "putin").directed()))
                        .withCategories(List.of(
                                new GraphSeries.Category("Person", ItemStyle.color("#1f77b4")),
                                new GraphSeries.Category("Institution", null))))
                .withTooltip(Trigger.ITEM);

        assertSameJson(ChartJson.write(graph), """
                {"tooltip":{"trigger":"item","confine":true},\
                "series":[{"type":"graph","id":"network",\
                "data":[{"id":"putin","name":"Vladimir Putin","x":0.0,"y":0.0,"symbolSize":20,"category":0},\
                {"id":"kremlin","name":"Kremlin","x":100.5,"y":-40.0,"category":1}],\
                "links":[{"id":"m1","source":"putin","target":"kremlin",\
                "lineStyle":{"color":"#888","width":1,"type":"dashed"}},\
                {"source":"kremlin","target":"putin","symbol":["none","arrow"]}],\
                "categories":[{"name":"Person","itemStyle":{"color":"#1f77b4"}},{"name":"Institution"}],\
                "roam":true,"label":{"show":true,"position":"right"},\
                "layout":"none","labelLayout":{"hideOverlap":true},"emphasis":{"focus":"adjacency","label":{"show":true}}}]}""");
    }

    /**
     * The name travels as an ordinary JSON string; the element shows it only as canvas/SVG text or through
     * {@code textContent} in tooltips (the browser test checks that it never runs).
     */
    @Test
    void markup_in_a_name_is_sent_as_plain_json_text() {
        String hostile = "<img src=x onerror=alert(1)>";
        ChartOption graph = ChartOption.of(GraphSeries.of(
                "g", List.of(DataItem.node("n", hostile, 0, 0).withTooltip(hostile, "a \"quoted\"\nline")), List.of()));

        String json = ChartJson.write(graph);

        assertThat(json).contains("""
                "name":"<img src=x onerror=alert(1)>\"""");
        assertThat(json).contains("""
                "tooltipLines":["<img src=x onerror=alert(1)>","a \\"quoted\\"\\nline"]""");
    }

    @Test
    void tooltip_text_never_travels_under_the_key_echarts_reads_as_an_html_template() {
        String json = ChartJson.write(ChartOption.of(ScatterSeries.of(
                "s", null, List.of(DataItem.point("p", FEB_12, 0).withTooltip("text")))));

        assertThat(json).doesNotContain("\"tooltip\"").contains("\"tooltipLines\":[\"text\"]");
    }

    @Test
    void a_single_value_is_sent_as_a_number_and_stacked_series_share_a_stack() {
        ChartOption bars = ChartOption.of(
                        BarSeries.of("a", "Meetings", List.of(DataItem.of("2024", 3), DataItem.of("2025", 5)))
                                .stacked("all"),
                        LineSeries.of("b", "Calls", List.of(DataItem.of("2024", 1)))
                                .stackedArea("all"))
                .withXAxis(Axis.category(List.of("2024", "2025")))
                .withYAxis(Axis.value());

        assertSameJson(ChartJson.write(bars), """
                {"xAxis":[{"type":"category","data":["2024","2025"]}],"yAxis":[{"type":"value"}],\
                "series":[{"type":"bar","id":"a","name":"Meetings",\
                "data":[{"name":"2024","value":3},{"name":"2025","value":5}],"stack":"all"},\
                {"type":"line","id":"b","name":"Calls","data":[{"name":"2024","value":1}],"stack":"all",\
                "areaStyle":{}}]}""");
    }

    @Test
    void a_heatmap_colours_cells_through_a_visual_map() {
        ChartOption heatmap = ChartOption.of(HeatmapSeries.of("h", "Contacts", List.of(DataItem.at(0, 1, 7))))
                .withXAxis(Axis.category(List.of("Jan")))
                .withYAxis(Axis.category(List.of("USA", "Russia")))
                .withVisualMap(VisualMap.of(0, 10, List.of("#eee", "#c00")));

        assertSameJson(ChartJson.write(heatmap), """
                {"xAxis":[{"type":"category","data":["Jan"]}],"yAxis":[{"type":"category","data":["USA","Russia"]}],\
                "visualMap":{"min":0.0,"max":10.0,"calculable":true,"orient":"horizontal","left":"center",\
                "bottom":"0","inRange":{"color":["#eee","#c00"]}},\
                "series":[{"type":"heatmap","id":"h","name":"Contacts","data":[{"value":[0,1,7]}]}]}""");
    }

    @Test
    void a_patch_carries_only_what_changes() {
        ChartOption patch = ChartOption.patch().withDataZoom(DataZoom.inside().withWindow(FEB_12, FEB_18));

        assertSameJson(ChartJson.write(patch), """
                {"dataZoom":[{"type":"inside","startValue":1739318400000,"endValue":1739836800000,\
                "filterMode":"weakFilter"}]}""");
        assertThat(ChartJson.write(ChartOption.patch())).isEqualTo("{}");
    }

    @Test
    void a_highlight_is_a_list_of_ids() {
        assertThat(ChartJson.write(Map.of("ids", List.of("a", "b")))).isEqualTo("{\"ids\":[\"a\",\"b\"]}");
    }

    @Test
    void a_series_without_an_id_is_rejected() {
        assertThatThrownBy(() -> ScatterSeries.of(" ", "x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_span_that_ends_before_it_starts_is_rejected() {
        assertThatThrownBy(() -> DataItem.span("s", FEB_20, FEB_12, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_export_outside_sensible_scales_is_rejected() {
        EChart chart = new EChart();

        assertThatThrownBy(() -> chart.exportImage(ImageFormat.PNG, 0, null, "x.png"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.exportImage(ImageFormat.PNG, 2, null, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
