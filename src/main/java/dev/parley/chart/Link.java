package dev.parley.chart;

import java.util.List;
import java.util.Objects;

/**
 * An edge of a {@link GraphSeries}. {@code source} and {@code target} are node ids (ECharts requires ids,
 * not names, once nodes have ids).
 *
 * @param id optional id, reported by clicks on the edge
 * @param source id of the start node
 * @param target id of the end node
 * @param value weight, shown nowhere by default
 * @param lineStyle stroke, e.g. dashed for affiliations
 * @param symbol end symbols overriding the series' {@code edgeSymbol}, e.g. {@code ["none", "arrow"]}
 * @param tooltipLines plain-text tooltip lines (see {@link DataItem})
 */
public record Link(
        String id,
        String source,
        String target,
        Number value,
        LineStyle lineStyle,
        List<String> symbol,
        List<String> tooltipLines) {

    public Link {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        symbol = symbol == null ? null : List.copyOf(symbol);
        tooltipLines = tooltipLines == null ? null : List.copyOf(tooltipLines);
    }

    /** A plain link between two node ids. */
    public static Link between(String source, String target) {
        return new Link(null, source, target, null, null, null, null);
    }

    public Link withId(String id) {
        return new Link(id, source, target, value, lineStyle, symbol, tooltipLines);
    }

    public Link withLineStyle(LineStyle lineStyle) {
        return new Link(id, source, target, value, lineStyle, symbol, tooltipLines);
    }

    /** An arrow at the target end only: a directed link in an otherwise undirected series. */
    public Link directed() {
        return new Link(id, source, target, value, lineStyle, List.of("none", "arrow"), tooltipLines);
    }

    /** Plain-text tooltip, one argument per line. */
    public Link withTooltip(String... lines) {
        return new Link(id, source, target, value, lineStyle, symbol, List.of(lines));
    }
}
