package dev.parley.relationship.ui;

import static dev.parley.testing.BlocsFixture.ASH;
import static dev.parley.testing.BlocsFixture.BIRCH;
import static dev.parley.testing.BlocsFixture.CEDAR;
import static dev.parley.testing.BlocsFixture.DATASET;
import static dev.parley.testing.BlocsFixture.DUNE;
import static dev.parley.testing.BlocsFixture.GALE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ChartOption;
import dev.parley.chart.DataItem;
import dev.parley.chart.Diverging;
import dev.parley.chart.EChart;
import dev.parley.chart.HeatmapSeries;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Camp;
import dev.parley.network.ui.CampColours;
import dev.parley.relationship.ActorPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The relationship matrix's chart on the two-bloc fixture, whose order is Ash, Birch, Cedar, Dune, Ember, Fjord, Gale
 * (see {@code RelationshipMatrixTest}).
 */
class MatrixOptionsTest {
    private static final ActorNetwork NETWORK = ActorNetwork.of(DATASET, EventFilter.all());
    private static final MatrixOptions.Built BUILT = MatrixOptions.prepare(NETWORK, 20);
    private static final ChartOption OPTION = BUILT.option().option();

    private static HeatmapSeries series(String id) {
        return OPTION.series().stream()
                .map(HeatmapSeries.class::cast)
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static DataItem item(String series, ChartKey key) {
        String id = ChartKeyCodec.encode(key);
        return series(series).data().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Optional<ChartKey> clicked(String series, DataItem item) {
        return new ChartItemClickEvent(new EChart(), true, series, "", item.id()).getKey();
    }

    @Test
    void both_axes_name_the_actors_in_the_matrixs_order() {
        List<String> names =
                List.of("Ash Land", "Birch Land", "Cedar Land", "Dune Land", "Ember Land", "Fjord Land", "Gale Land");

        assertThat(OPTION.xAxis().getFirst().data()).isEqualTo(names);
        assertThat(OPTION.yAxis().getFirst().data()).isEqualTo(names);
        assertThat(OPTION.yAxis().getFirst().inverse()).isTrue();
    }

    @Test
    void a_cell_sits_at_its_column_and_row_with_its_events_and_mean_and_the_colour_of_its_mean() {
        // Ash is row and column 0, Dune 3: two events, mean -3
        DataItem below = item(MatrixOptions.LOWER, new PairKey(ASH, DUNE));
        DataItem above = item(MatrixOptions.UPPER, new PairKey(ASH, DUNE));

        assertThat(below.value()).containsExactly(0, 3, 2, -3.0);
        assertThat(above.value()).containsExactly(3, 0, 2, -3.0);
        assertThat(below.itemStyle().color()).isEqualTo(Diverging.colour(-3));
        assertThat(below.tooltipLines())
                .containsExactly(
                        "Dune Land — Ash Land",
                        "Mean score −3.0 over 2 scored events",
                        "2 shared events",
                        "Opposite camps");
        assertThat(above.tooltipLines().getFirst()).isEqualTo("Ash Land — Dune Land");
    }

    @Test
    void a_pair_whose_events_carry_no_score_between_them_is_pale_and_a_pair_without_events_is_blank() {
        // Ash and Birch: the joint exercise scores +6, so their cell is blue
        assertThat(item(MatrixOptions.LOWER, new PairKey(ASH, BIRCH))
                        .itemStyle()
                        .color())
                .isEqualTo(Diverging.colour(6));
        // Cedar and Dune share nothing
        String none = ChartKeyCodec.encode(new PairKey(CEDAR, DUNE));
        assertThat(series(MatrixOptions.LOWER).data()).noneMatch(d -> d.id().equals(none));
        assertThat(series(MatrixOptions.LOWER).data())
                .hasSize(BUILT.matrix().cells().size());
        assertThat(series(MatrixOptions.UPPER).data())
                .hasSize(BUILT.matrix().cells().size());
    }

    @Test
    void a_click_on_a_cell_opens_the_pair_with_the_rows_actor_first() {
        DataItem below = item(MatrixOptions.LOWER, new PairKey(ASH, DUNE));
        DataItem above = item(MatrixOptions.UPPER, new PairKey(ASH, DUNE));

        PairKey key = (PairKey) clicked(MatrixOptions.LOWER, below).orElseThrow();
        assertThat(BUILT.pairOf(MatrixOptions.LOWER, key)).hasValue(new ActorPair(DUNE, ASH));
        assertThat(BUILT.pairOf(MatrixOptions.UPPER, key)).hasValue(new ActorPair(ASH, DUNE));
        assertThat(clicked(MatrixOptions.UPPER, above)).hasValue(key);
    }

    @Test
    void a_click_on_a_pair_or_series_not_in_the_matrix_opens_nothing() {
        assertThat(BUILT.pairOf(MatrixOptions.LOWER, new PairKey(CEDAR, DUNE))).isEmpty();
        assertThat(BUILT.pairOf(MatrixOptions.LOWER, new PairKey(ASH, ActorId.of("nobody"))))
                .isEmpty();
        assertThat(BUILT.pairOf("another-series", new PairKey(ASH, DUNE))).isEmpty();
    }

    @Test
    void the_diagonal_shows_each_actors_camp_and_names_the_actor() {
        DataItem ash = item(MatrixOptions.DIAGONAL, new ActorKey(ASH));
        DataItem gale = item(MatrixOptions.DIAGONAL, new ActorKey(GALE));

        assertThat(ash.value()).containsExactly(0, 0, 6);
        assertThat(ash.itemStyle().color()).isEqualTo(CampColours.of(Optional.of(Camp.ONE)));
        assertThat(item(MatrixOptions.DIAGONAL, new ActorKey(DUNE)).itemStyle().color())
                .isEqualTo(CampColours.of(Optional.of(Camp.TWO)));
        assertThat(gale.itemStyle().color()).isEqualTo(CampColours.of(Optional.empty()));
        assertThat(gale.tooltipLines()).containsExactly("Gale Land", "No signed connection", "1 event taken part in");
        assertThat(ash.label().show()).isFalse();
    }

    @Test
    void the_colour_scale_maps_the_mean_from_minus_ten_to_ten_on_the_diverging_stops() {
        assertThat(OPTION.visualMap().min()).isEqualTo(Diverging.MIN);
        assertThat(OPTION.visualMap().max()).isEqualTo(Diverging.MAX);
        assertThat(OPTION.visualMap().colors()).isEqualTo(Diverging.stops());
        assertThat(OPTION.visualMap().dimension()).isEqualTo(3);
        assertThat(OPTION.visualMap().calculable()).isFalse();
    }

    @Test
    void cells_show_their_number_of_events_until_they_are_too_small() {
        assertThat(series(MatrixOptions.LOWER).label().show()).isTrue();
        assertThat(MatrixOptions.signed(2.06)).isEqualTo("+2.1");
        assertThat(MatrixOptions.signed(-0.04)).isEqualTo("0.0");
        assertThat(MatrixOptions.signed(-3)).isEqualTo("−3.0");
    }
}
