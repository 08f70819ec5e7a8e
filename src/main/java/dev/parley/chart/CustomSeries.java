package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A series drawn by one of the element's named renderers; JSON cannot carry ECharts' {@code renderItem}
 * function, so the element replaces the name with its function (and a matching {@code encode}).
 *
 * @param id series id
 * @param name series name (legend)
 * @param renderItem which renderer draws the items
 * @param data items in the shape the renderer expects
 * @param itemStyle default style
 */
public record CustomSeries(String id, String name, Renderer renderItem, List<DataItem> data, ItemStyle itemStyle)
        implements Series {

    public CustomSeries {
        Checks.requireId(id);
        Objects.requireNonNull(renderItem, "renderItem");
        data = Checks.copy(data);
    }

    /** Spans {@code [from, to, lane]} (see {@link DataItem#span}). */
    public static CustomSeries spans(String id, String name, List<DataItem> data) {
        return new CustomSeries(id, name, Renderer.SPAN, data, null);
    }

    /** Hides labels that would overlap others, so a dense period stays readable. */
    @JsonProperty("labelLayout")
    public Map<String, Boolean> labelLayout() {
        return renderItem == Renderer.EVENT ? Map.of("hideOverlap", true) : null;
    }

    /** Timeline events ({@code value} {@code [from, to, lane]}, with their row as named fields), labelled with their names, overlapping labels hidden. */
    public static CustomSeries events(String id, String name, List<DataItem> data, ItemStyle style) {
        return new CustomSeries(id, name, Renderer.EVENT, data, style);
    }

    /** Renderers the {@code <parley-echarts>} element provides. */
    public enum Renderer {
        /** A bar from {@code value[0]} to {@code value[1]} on the x axis, on the y category lane {@code value[2]}. */
        SPAN("parley-span"),
        /**
         * A timeline event ({@code value} {@code [from, to, lane]}; {@code slot}, {@code slots}): a dot when its span is narrower than the dot,
         * else a rounded bar; overlapping events take different slots of the lane; labelled with the item's name.
         */
        EVENT("parley-event");

        private final String name;

        Renderer(String name) {
            this.name = name;
        }

        @JsonValue
        public String rendererName() {
            return name;
        }
    }
}
