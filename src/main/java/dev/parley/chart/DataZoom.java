package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A zoom control on x axes. On a time axis {@code startValue}/{@code endValue} are epoch millis.
 * The user's zooms reach the server as {@link ChartRangeEvent}s.
 *
 * @param type inside (wheel and drag) or slider
 * @param xAxisIndex axes it controls; null for the first
 * @param startValue start of the window
 * @param endValue end of the window
 * @param filterMode how items outside the window are treated
 */
public record DataZoom(Type type, List<Integer> xAxisIndex, Number startValue, Number endValue, FilterMode filterMode) {

    public DataZoom {
        xAxisIndex = Checks.copy(xAxisIndex);
    }

    /** Wheel/drag zoom on the first x axis; spans that cross the window edge stay visible. */
    public static DataZoom inside() {
        return new DataZoom(Type.INSIDE, null, null, null, FilterMode.WEAK_FILTER);
    }

    /** A slider below the first x axis; spans that cross the window edge stay visible. */
    public static DataZoom slider() {
        return new DataZoom(Type.SLIDER, null, null, null, FilterMode.WEAK_FILTER);
    }

    public DataZoom withWindow(Instant start, Instant end) {
        return new DataZoom(type, xAxisIndex, start.toEpochMilli(), end.toEpochMilli(), filterMode);
    }

    /** Zoom control kinds. */
    public enum Type {
        INSIDE,
        SLIDER;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** ECharts' dataZoom filter modes. */
    public enum FilterMode {
        FILTER("filter"),
        WEAK_FILTER("weakFilter"),
        EMPTY("empty"),
        NONE("none");

        private final String json;

        FilterMode(String json) {
            this.json = json;
        }

        @JsonValue
        String json() {
            return json;
        }
    }
}
