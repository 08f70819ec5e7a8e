package dev.parley.chart;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a chart shows now, as the browser's element was told: the last full option, the patches merged into it since,
 * the highlight and the time window. Enough to draw the same chart again elsewhere (a published file).
 *
 * @param option the full option
 * @param patches the JSON of each patch since the option, in order
 * @param highlight the JSON of the highlight request, if any
 * @param window the time window the chart was zoomed to, if any: its start and end
 */
public record ShownChart(
        PreparedOption option, List<String> patches, Optional<String> highlight, List<Instant> window) {
    public ShownChart {
        Objects.requireNonNull(option, "option");
        patches = List.copyOf(patches);
        Objects.requireNonNull(highlight, "highlight");
        window = List.copyOf(window);
        if (!window.isEmpty() && window.size() != 2) {
            throw new IllegalArgumentException("a window is a start and an end");
        }
    }

    /**
     * A chart drawn afresh from {@code option}, with the items at {@code litIndices} lit the way
     * {@link EChart#highlightIndices} lights them (nothing lit when the map is empty): what an element shows that got
     * only these two calls, for a page made without a UI (an embed).
     */
    public static ShownChart of(PreparedOption option, Map<String, ? extends Collection<Integer>> litIndices) {
        return new ShownChart(
                option,
                List.of(),
                litIndices.isEmpty() ? Optional.empty() : Optional.of(indicesHighlight(litIndices)),
                List.of());
    }

    /** The JSON of a highlight by position, as the element's {@code highlight} takes it. */
    static String indicesHighlight(Map<String, ? extends Collection<Integer>> indices) {
        return ChartJson.write(Map.of("indices", indices));
    }
}
