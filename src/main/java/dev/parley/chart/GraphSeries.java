package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network drawn at positions computed on the server: ECharts' layout is always {@code "none"} (no force
 * simulation in the browser, so the picture is the same on every load and in exports), overlapping labels
 * are hidden, and the user may pan and zoom when {@code roam} is set.
 *
 * @param id series id
 * @param name series name
 * @param data nodes, each with an id and {@code x}/{@code y}
 * @param links edges between node ids
 * @param categories node categories (legend entries and colours), referenced by index
 * @param roam whether the user may pan and zoom
 * @param label default node label
 * @param edgeSymbol end symbols of every link, e.g. {@code ["none", "arrow"]} for direction
 * @param edgeSymbolSize size of those symbols in pixels
 * @param lineStyle default link stroke
 * @param focusAdjacency whether hovering a node fades everything but its neighbours
 */
public record GraphSeries(
        String id,
        String name,
        List<DataItem> data,
        List<Link> links,
        List<Category> categories,
        boolean roam,
        Label label,
        List<String> edgeSymbol,
        Number edgeSymbolSize,
        LineStyle lineStyle,
        @JsonIgnore boolean focusAdjacency)
        implements Series {

    public GraphSeries {
        Checks.requireId(id);
        data = Checks.copy(data);
        links = Checks.copy(links);
        categories = Checks.copy(categories);
        edgeSymbol = Checks.copy(edgeSymbol);
    }

    /** A roaming graph with right-hand labels and no edge symbols. */
    public static GraphSeries of(String id, List<DataItem> nodes, List<Link> links) {
        return new GraphSeries(id, null, nodes, links, null, true, Label.at("right"), null, null, null, true);
    }

    public GraphSeries withCategories(List<Category> categories) {
        return new GraphSeries(
                id, name, data, links, categories, roam, label, edgeSymbol, edgeSymbolSize, lineStyle, focusAdjacency);
    }

    /** Symbols at both ends of every link, e.g. {@code ("none", "arrow")}, sized in pixels. */
    public GraphSeries withEdgeSymbol(String start, String end, Number size) {
        return new GraphSeries(
                id, name, data, links, categories, roam, label, List.of(start, end), size, lineStyle, focusAdjacency);
    }

    /** Always {@code "none"}: positions come from the server. */
    @JsonProperty("layout")
    public String layout() {
        return "none";
    }

    /** Always hides labels that would overlap. */
    @JsonProperty("labelLayout")
    public Map<String, Boolean> labelLayout() {
        return Map.of("hideOverlap", true);
    }

    /**
     * Hovering names the node and, with {@code focusAdjacency}, its neighbours; it also makes ECharts create every
     * node's label, which a highlight shows for the lit nodes.
     */
    @JsonProperty("emphasis")
    Map<String, Object> emphasis() {
        Map<String, Object> emphasis = new LinkedHashMap<>();
        if (focusAdjacency) {
            emphasis.put("focus", "adjacency");
        }
        emphasis.put("label", Map.of("show", true));
        return emphasis;
    }

    /**
     * A node category: a legend entry and default style.
     *
     * @param name legend text
     * @param itemStyle default node style
     */
    public record Category(String name, ItemStyle itemStyle) {}
}
