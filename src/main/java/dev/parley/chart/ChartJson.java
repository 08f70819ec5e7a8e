package dev.parley.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapper that turns chart DTOs into the JSON the {@code <parley-echarts>} element hands to ECharts.
 *
 * <p>Null components are omitted, so ECharts falls back to its own defaults, and an {@link EChart#update}
 * patch carries only what changes. Properties keep record declaration order, which keeps the JSON stable
 * for contract tests. Text is written as JSON strings only; whether it is ever shown as HTML is decided
 * by the element, which never does.
 */
final class ChartJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .changeDefaultPropertyInclusion(inclusion -> inclusion
                    .withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ChartJson() {}

    /** Serialises an option, a patch or a small command argument to compact JSON. */
    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
