package dev.parley.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Pins the JSON of a title's second line and of a coloured line series, used by the statistics charts. */
class TitleAndLineColourJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_subtitle_is_sent_as_echarts_subtext_and_a_title_without_one_has_none() {
        assertThat(JSON.readTree(ChartJson.write(ChartOption.patch().withTitle("Events", "per month"))))
                .isEqualTo(JSON.readTree("""
                        {"title":{"text":"Events","subtext":"per month"}}"""));
        assertThat(JSON.readTree(ChartJson.write(ChartOption.patch().withTitle("Events"))))
                .isEqualTo(JSON.readTree("""
                        {"title":{"text":"Events"}}"""));
    }

    @Test
    void a_coloured_line_gives_its_points_and_legend_entry_the_colour_of_the_line() {
        LineSeries line = LineSeries.of("conflict", "Conflict", List.of(DataItem.of("Jan", 1)))
                .coloured("#c62828");

        assertThat(JSON.readTree(ChartJson.write(ChartOption.of(line)))).isEqualTo(JSON.readTree("""
                {"series":[{"type":"line","id":"conflict","name":"Conflict",\
                "data":[{"name":"Jan","value":1}],"showSymbol":true,\
                "lineStyle":{"color":"#c62828","width":2},"itemStyle":{"color":"#c62828"}}]}"""));
    }
}
