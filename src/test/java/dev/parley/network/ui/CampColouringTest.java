package dev.parley.network.ui;

import static dev.parley.testing.BlocsFixture.DATASET;
import static dev.parley.testing.BlocsFixture.FIRST_BLOC;
import static dev.parley.testing.BlocsFixture.GALE;
import static dev.parley.testing.BlocsFixture.SECOND_BLOC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.DataItem;
import dev.parley.chart.Diverging;
import dev.parley.chart.GraphSeries;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Camp;
import dev.parley.network.Camps;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Nodes coloured by camp on the two-bloc fixture, and the sentence that explains the balance. */
class CampColouringTest {
    private static final ActorNetwork NETWORK = ActorNetwork.of(DATASET, EventFilter.all());
    private static final GraphSeries GRAPH =
            (GraphSeries) NetworkOptions.prepare(NETWORK, DATASET, Metric.DEGREE, NodeColouring.CAMP)
                    .option()
                    .option()
                    .series()
                    .getFirst();

    private static DataItem node(ActorId actor) {
        String id = ChartKeyCodec.encode(new ActorKey(actor));
        return GRAPH.data().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void each_bloc_takes_its_camps_colour_and_an_actor_without_a_signed_connection_is_grey() {
        assertThat(GRAPH.categories())
                .extracting(GraphSeries.Category::name)
                .containsExactly("Camp 1", "Camp 2", "No signed connection");
        FIRST_BLOC.forEach(a -> assertThat(node(a).category()).isZero());
        SECOND_BLOC.forEach(a -> assertThat(node(a).category()).isEqualTo(1));
        assertThat(node(GALE).category()).isEqualTo(2);
        assertThat(node(GALE).tooltipLines()).contains("No signed connection");
        assertThat(node(FIRST_BLOC.getFirst()).tooltipLines()).contains("Camp 1");
    }

    @Test
    void camp_colours_are_three_different_ones_and_not_the_red_or_blue_of_conflict_and_cooperation() {
        List<String> colours =
                GRAPH.categories().stream().map(c -> c.itemStyle().color()).toList();

        assertThat(colours).doesNotHaveDuplicates().hasSize(3);
        assertThat(colours).doesNotContain(Diverging.CONFLICT, Diverging.COOPERATION, Diverging.NEUTRAL);
        assertThat(CampColours.of(Optional.of(Camp.ONE))).isEqualTo(colours.get(0));
    }

    @Test
    void the_balance_sentence_of_two_clean_blocs() {
        assertThat(BalanceText.of(NETWORK.camps()))
                .isEqualTo("Balance 100 %: of 8 triangles with three signed links, 8 are balanced (the friend of a"
                        + " friend is a friend, the enemy of an enemy is a friend). None of 12 signed connections go"
                        + " against the split into two camps (conflict inside a camp or cooperation across).");
    }

    @Test
    void the_balance_sentence_rounds_to_whole_percent_and_counts_what_goes_against_the_camps() {
        Camps camps = new Camps(Map.of(GALE, Camp.ONE), 40, 17, 14, 3);

        assertThat(BalanceText.of(camps))
                .isEqualTo("Balance 82 %: of 17 triangles with three signed links, 14 are balanced (the friend of a"
                        + " friend is a friend, the enemy of an enemy is a friend). 3 of 40 signed connections go"
                        + " against the split into two camps (conflict inside a camp or cooperation across).");
        assertThat(BalanceText.brief(camps))
                .isEqualTo("Balance 82 % (14 of 17 triangles), 3 of 40 signed connections against the camps");
    }

    @Test
    void without_triangles_or_signed_connections_the_sentence_says_so() {
        assertThat(BalanceText.of(new Camps(Map.of(GALE, Camp.ONE), 1, 0, 0, 1)))
                .isEqualTo("No three actors here are all joined by signed links, so balance cannot be measured. 1 of 1"
                        + " signed connection goes against the split into two camps (conflict inside a camp or"
                        + " cooperation across).");
        assertThat(BalanceText.of(Camps.NONE))
                .isEqualTo("No connection leans cooperative or conflictual here, so there are no camps.");
    }

    @Test
    void a_share_just_short_of_all_or_just_above_none_is_not_rounded_to_100_or_0() {
        assertThat(BalanceText.percent(999, 1000)).isEqualTo(99);
        assertThat(BalanceText.percent(1, 1000)).isEqualTo(1);
        assertThat(BalanceText.percent(1, 2)).isEqualTo(50);
    }
}
