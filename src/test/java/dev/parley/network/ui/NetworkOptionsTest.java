package dev.parley.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartItemClickEvent;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.ConnectionKey;
import dev.parley.chart.DataItem;
import dev.parley.chart.EChart;
import dev.parley.chart.GraphSeries;
import dev.parley.chart.Link;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keys the network chart's nodes and links carry, on the invented network fixture of {@code ActorNetworkTest}:
 * in 2024 Finn Ford and East Land both took part in an event and Ford holds a role of East Land, so the pair has an
 * interaction and an affiliation.
 */
class NetworkOptionsTest {
    private static final Dataset DATASET = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/network"))
            .dataset()
            .orElseThrow();
    private static final ActorNetwork NETWORK = ActorNetwork.of(
            DATASET,
            EventFilter.all().withWindow(new TimeWindow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
    private static final ActorId EAST = ActorId.of("east-land");
    private static final ActorId FINN = ActorId.of("finn-ford");
    private static final GraphSeries GRAPH =
            (GraphSeries) NetworkOptions.prepare(NETWORK, DATASET, Metric.DEGREE, NodeColouring.KIND)
                    .option()
                    .option()
                    .series()
                    .getFirst();

    private static Optional<ChartKey> clicked(String dataType, String id) {
        return new ChartItemClickEvent(new EChart(), true, NetworkOptions.SERIES_ID, dataType, id).getKey();
    }

    @Test
    void every_node_carries_the_key_of_its_actor_and_a_click_reports_it() {
        assertThat(GRAPH.data())
                .extracting(d -> clicked("node", d.id()).orElseThrow())
                .containsExactlyElementsOf(
                        NETWORK.actors().stream().map(ActorKey::new).toList());
        assertThat(GRAPH.data()).extracting(DataItem::id).contains("a:finn-ford");
    }

    @Test
    void links_join_the_node_ids_of_their_ends() {
        List<String> nodes = GRAPH.data().stream().map(DataItem::id).toList();

        assertThat(GRAPH.links())
                .hasSize(NETWORK.connections().size())
                .allSatisfy(l -> assertThat(nodes).contains(l.source(), l.target()));
    }

    @Test
    void every_link_carries_the_key_of_its_connection_and_a_click_finds_that_connection() {
        assertThat(GRAPH.links())
                .extracting(l -> clicked("edge", l.id())
                        .map(k -> NetworkOptions.connectionOf(NETWORK, (ConnectionKey) k)
                                .orElseThrow())
                        .orElseThrow())
                .containsExactlyInAnyOrderElementsOf(NETWORK.connections());
    }

    @Test
    void the_interaction_and_the_affiliation_of_one_pair_are_two_links_with_their_own_keys() {
        List<Link> pair = GRAPH.links().stream()
                .filter(l -> clicked("edge", l.id())
                        .map(ConnectionKey.class::cast)
                        .filter(k -> List.of(k.a(), k.b()).containsAll(List.of(EAST, FINN)))
                        .isPresent())
                .toList();

        assertThat(pair)
                .extracting(l -> clicked("edge", l.id()).orElseThrow())
                .containsExactlyInAnyOrder(
                        new ConnectionKey(EAST, FINN, ConnectionKey.Kind.INTERACTION),
                        new ConnectionKey(FINN, EAST, ConnectionKey.Kind.AFFILIATION));
        assertThat(pair)
                .extracting(Link::id)
                .containsExactlyInAnyOrder("l:east-land:finn-ford:i", "l:finn-ford:east-land:a");
        assertThat(NetworkOptions.connectionOf(NETWORK, new ConnectionKey(FINN, EAST, ConnectionKey.Kind.AFFILIATION)))
                .map(Connection::kind)
                .contains(ConnectionKind.AFFILIATION);
    }

    @Test
    void a_forged_link_click_finds_nothing() {
        ConnectionKey stranger = new ConnectionKey(ActorId.of("anna-archer"), FINN, ConnectionKey.Kind.INTERACTION);

        assertThat(NetworkOptions.connectionOf(NETWORK, stranger)).isEmpty();
        assertThat(clicked("edge", "east-land~finn-ford~interaction")).isEmpty();
        assertThat(clicked("edge", null)).isEmpty();
    }
}
