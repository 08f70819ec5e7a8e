package dev.parley.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.actor.ActorId;
import dev.parley.chart.BarSeries;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.CellKey;
import dev.parley.chart.ChartKey.MonthKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ChartOption;
import dev.parley.chart.ChartOption.Axis;
import dev.parley.chart.DataItem;
import dev.parley.chart.EChart;
import dev.parley.chart.HeatmapSeries;
import dev.parley.chart.LineSeries;
import dev.parley.chart.Series;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import dev.parley.statistics.Statistics;
import dev.parley.timeline.ui.EventColours;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of the statistics options: which series, how they stack, which ids the items carry (clicks and
 * highlights depend on them) and that tooltips are plain text lines. Numbers are those of {@code StatisticsTest}.
 */
class StatisticsOptionsTest {
    private static final Dataset DATASET = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/valid"))
            .dataset()
            .orElseThrow();
    private static final Statistics STATISTICS =
            new Statistics(DATASET.events(), ActorNetwork.of(DATASET, EventFilter.all()));
    private static final ActorId US = ActorId.of("united-states");

    private static List<DataItem> data(Series series) {
        return switch (series) {
            case BarSeries b -> b.data();
            case LineSeries l -> l.data();
            case HeatmapSeries h -> h.data();
            default -> throw new AssertionError(series);
        };
    }

    private static DataItem item(Series series, ChartKey key) {
        String id = ChartKeyCodec.encode(key);
        return data(series).stream()
                .filter(d -> id.equals(d.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id));
    }

    /** The key a click on the item reports. */
    private static Optional<ChartKey> clicked(Series series, DataItem item) {
        return new ChartItemClickEvent(new EChart(), true, series.id(), null, item.id()).getKey();
    }

    @Test
    void events_per_month_are_one_stacked_bar_series_per_class_in_the_class_colours() {
        ChartOption option = StatisticsOptions.eventsPerMonth(STATISTICS.eventsPerMonth());

        assertThat(option.series())
                .extracting(Series::id)
                .containsExactly(
                        "class-neutral",
                        "class-verbal-cooperation",
                        "class-material-cooperation",
                        "class-verbal-conflict",
                        "class-material-conflict");
        assertThat(option.series()).allSatisfy(s -> {
            BarSeries bar = (BarSeries) s;
            assertThat(bar.stack()).isEqualTo("events");
            assertThat(bar.data()).hasSize(39);
        });
        BarSeries verbalCooperation = (BarSeries) option.series().get(1);
        assertThat(verbalCooperation.name()).isEqualTo("Verbal cooperation");
        assertThat(verbalCooperation.itemStyle().color()).isEqualTo(EventColours.of(EventClass.VERBAL_COOPERATION));
        DataItem march = item(verbalCooperation, new MonthKey(YearMonth.of(2025, 3)));
        assertThat(march.value()).containsExactly(2);
        assertThat(march.tooltipLines())
                .containsExactly("March 2025", "Verbal cooperation: 2 events", "All classes: 3 events");
        assertThat(option.xAxis().getFirst().data()).startsWith("Jan 2022").endsWith("Mar 2025");
        assertThat(option.legend()).isNotNull();
        assertThat(option.title().text()).isEqualTo("Events per month");
        assertThat(option.title().subtext()).contains("year-only dates in January");
    }

    @Test
    void cooperation_and_conflict_are_two_lines_in_blue_and_red_with_month_points() {
        ChartOption option = StatisticsOptions.cooperationAndConflict(STATISTICS.cooperationAndConflict());

        assertThat(option.series())
                .extracting(Series::id, Series::name)
                .containsExactly(tuple("cooperation", "Cooperation"), tuple("conflict", "Conflict"));
        LineSeries cooperation = (LineSeries) option.series().get(0);
        LineSeries conflict = (LineSeries) option.series().get(1);
        assertThat(cooperation.itemStyle().color()).isEqualTo(EventColours.of(EventClass.VERBAL_COOPERATION));
        assertThat(conflict.itemStyle().color()).isEqualTo(EventColours.of(EventClass.MATERIAL_CONFLICT));
        assertThat(cooperation.stack()).isNull();
        assertThat(item(cooperation, new MonthKey(YearMonth.of(2025, 3))).value())
                .containsExactly(2);
        assertThat(item(conflict, new MonthKey(YearMonth.of(2022, 1))).value()).containsExactly(1);
        assertThat(item(conflict, new MonthKey(YearMonth.of(2024, 6))).tooltipLines())
                .containsExactly("June 2024", "Conflict: 0 events");
        assertThat(option.title().subtext()).contains("neutral events left out");
    }

    @Test
    void top_actors_are_horizontal_bars_with_actor_ids_values_and_the_metric_explained() {
        ChartOption option = StatisticsOptions.topActors(
                STATISTICS.topActors(Metric.WEIGHTED_DEGREE, 10), Metric.WEIGHTED_DEGREE, DATASET);

        BarSeries bars = (BarSeries) option.series().getFirst();
        assertThat(bars.id()).isEqualTo(StatisticsOptions.ACTORS_SERIES);
        assertThat(bars.data())
                .extracting(d -> clicked(bars, d).orElseThrow())
                .containsExactly(
                        new ActorKey(US),
                        new ActorKey(ActorId.of("volodymyr-zelensky")),
                        new ActorKey(ActorId.of("russia")),
                        new ActorKey(ActorId.of("donald-trump")),
                        new ActorKey(ActorId.of("vladimir-putin")));
        assertThat(bars.data().getFirst().value()).containsExactly(5.0);
        assertThat(bars.data().getFirst().tooltipLines())
                .containsExactly("United States", "Shared events: 5", "Rank 1");
        assertThat(bars.label().show()).isTrue();
        assertThat(option.xAxis()).extracting(Axis::type).containsExactly(Axis.Type.VALUE);
        assertThat(option.yAxis().getFirst().data())
                .containsExactly("United States", "Volodymyr Zelensky", "Russia", "Donald Trump", "Vladimir Putin");
        assertThat(option.yAxis().getFirst().inverse()).as("highest on top").isTrue();
        assertThat(option.title().text()).isEqualTo("Most central actors: Shared events");
        assertThat(option.title().subtext()).isEqualTo(Metric.WEIGHTED_DEGREE.explanation());
    }

    @Test
    void the_heat_map_has_a_cell_per_actor_and_month_with_ids_and_a_visual_map_up_to_the_highest_count() {
        ChartOption option = StatisticsOptions.activity(STATISTICS.activityOfMostActive(10), DATASET);

        HeatmapSeries cells = (HeatmapSeries) option.series().getFirst();
        assertThat(cells.data()).hasSize(5 * 39);
        DataItem usInMarch = item(cells, new CellKey(US, YearMonth.of(2025, 3)));
        assertThat(usInMarch.value()).containsExactly(38, 0, 3);
        assertThat(usInMarch.tooltipLines()).containsExactly("United States", "March 2025: 3 events");
        assertThat(item(cells, new CellKey(ActorId.of("vladimir-putin"), YearMonth.of(2022, 1)))
                        .value())
                .containsExactly(0, 4, 0);
        assertThat(option.yAxis().getFirst().data()).first().isEqualTo("United States");
        assertThat(option.visualMap().min()).isZero();
        assertThat(option.visualMap().max()).isEqualTo(3);
        assertThat(option.title().text()).isEqualTo("Activity of the most active actors");
    }

    @Test
    void charts_of_no_events_are_empty_but_keep_their_series_and_titles() {
        Statistics none = new Statistics(List.of(), ActorNetwork.of(Dataset.empty(), EventFilter.all()));

        assertThat(StatisticsOptions.eventsPerMonth(none.eventsPerMonth()).series())
                .hasSize(5)
                .allSatisfy(s -> assertThat(((BarSeries) s).data()).isEmpty());
        assertThat(StatisticsOptions.topActors(List.of(), Metric.PAGERANK, Dataset.empty())
                        .title()
                        .text())
                .isEqualTo("Most central actors: PageRank");
        ChartOption heatmap = StatisticsOptions.activity(none.activityOfMostActive(10), Dataset.empty());
        assertThat(((HeatmapSeries) heatmap.series().getFirst()).data()).isEmpty();
        assertThat(heatmap.visualMap().max()).isEqualTo(1);
    }

    @Test
    void a_click_on_a_bar_a_point_or_a_cell_reports_its_actor_its_month_or_both() {
        YearMonth march = YearMonth.of(2025, 3);
        BarSeries perMonth = (BarSeries) StatisticsOptions.eventsPerMonth(STATISTICS.eventsPerMonth())
                .series()
                .getFirst();
        LineSeries conflict = (LineSeries) StatisticsOptions.cooperationAndConflict(STATISTICS.cooperationAndConflict())
                .series()
                .getLast();
        BarSeries top = (BarSeries)
                StatisticsOptions.topActors(STATISTICS.topActors(Metric.PAGERANK, 10), Metric.PAGERANK, DATASET)
                        .series()
                        .getFirst();
        HeatmapSeries cells = (HeatmapSeries) StatisticsOptions.activity(STATISTICS.activityOfMostActive(10), DATASET)
                .series()
                .getFirst();

        assertThat(clicked(perMonth, item(perMonth, new MonthKey(march)))).contains(new MonthKey(march));
        assertThat(clicked(perMonth, perMonth.data().getFirst())).containsInstanceOf(MonthKey.class);
        assertThat(clicked(conflict, conflict.data().getLast())).containsInstanceOf(MonthKey.class);
        assertThat(clicked(top, top.data().getFirst())).containsInstanceOf(ActorKey.class);
        assertThat(clicked(cells, item(cells, new CellKey(US, march)))).contains(new CellKey(US, march));
    }

    @Test
    void every_item_of_every_chart_has_an_id_and_a_plain_text_tooltip() {
        List<ChartOption> options = List.of(
                StatisticsOptions.eventsPerMonth(STATISTICS.eventsPerMonth()),
                StatisticsOptions.cooperationAndConflict(STATISTICS.cooperationAndConflict()),
                StatisticsOptions.topActors(STATISTICS.topActors(Metric.PAGERANK, 10), Metric.PAGERANK, DATASET),
                StatisticsOptions.activity(STATISTICS.activityOfMostActive(10), DATASET));

        for (ChartOption option : options) {
            assertThat(option.tooltip()).isNotNull();
            assertThat(option.title().text()).isNotBlank();
            for (Series series : option.series()) {
                assertThat(data(series)).allSatisfy(d -> {
                    assertThat(clicked(series, d)).as(d.id()).isPresent();
                    assertThat(d.tooltipLines()).isNotEmpty();
                });
            }
        }
    }
}
