package dev.parley.export;

import static dev.parley.export.ExportFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedMultigraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

/** The GraphML export, read back with JGraphT's {@link GraphMLImporter} (which validates against the GraphML XSD). */
class NetworkGraphmlTest {
    private static final TimeWindow YEAR_2024 = new TimeWindow(day("2024-01-01"), day("2024-12-31"));

    /** What the importer read: the graph and each vertex's and edge's attributes. */
    private record Imported(
            Graph<String, DefaultWeightedEdge> graph,
            Map<String, Map<String, String>> nodes,
            Map<DefaultWeightedEdge, Map<String, String>> edges) {
        DefaultWeightedEdge edge(String source, String target, String kind) {
            return graph.getAllEdges(source, target).stream()
                    .filter(e -> kind.equals(edges.get(e).get("kind")))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Imported roundTrip(ActorNetwork network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NetworkGraphml().write(network, out);
        Graph<String, DefaultWeightedEdge> graph = new WeightedMultigraph<>(DefaultWeightedEdge.class);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, String>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer(
                (pair, attribute) -> nodes.computeIfAbsent(pair.getFirst(), k -> new HashMap<>())
                        .put(pair.getSecond(), attribute.getValue()));
        importer.addEdgeAttributeConsumer(
                (pair, attribute) -> edges.computeIfAbsent(pair.getFirst(), k -> new HashMap<>())
                        .put(pair.getSecond(), attribute.getValue()));
        importer.importGraph(
                graph, new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8));
        return new Imported(graph, nodes, edges);
    }

    private static ActorNetwork network(Dataset dataset, TimeWindow window) {
        return ActorNetwork.of(dataset, EventFilter.all().withWindow(window));
    }

    @Test
    void an_empty_network_gives_an_empty_graph() {
        Imported imported = roundTrip(ActorNetwork.of(Dataset.empty(), EventFilter.all()));

        assertThat(imported.graph().vertexSet()).isEmpty();
        assertThat(imported.graph().edgeSet()).isEmpty();
    }

    @Test
    void the_network_round_trips_with_the_same_vertices_edges_and_weights() {
        ActorNetwork network = network(ExportFixtures.NETWORK, TimeWindow.all());
        Graph<String, DefaultWeightedEdge> graph = roundTrip(network).graph();

        assertThat(graph.vertexSet())
                .isEqualTo(network.actors().stream().map(ActorId::value).collect(Collectors.toSet()));
        List<String> expected = network.connections().stream()
                .map(c -> c.a() + "|" + c.b() + "|" + (double) c.weight())
                .sorted()
                .toList();
        List<String> actual = graph.edgeSet().stream()
                .map(e -> graph.getEdgeSource(e) + "|" + graph.getEdgeTarget(e) + "|" + graph.getEdgeWeight(e))
                .sorted()
                .toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void an_interaction_and_an_affiliation_of_the_same_pair_are_two_edges() {
        Imported imported = roundTrip(network(ExportFixtures.NETWORK, YEAR_2024));

        assertThat(imported.graph().getAllEdges("east-land", "finn-ford")).hasSize(2);
        DefaultWeightedEdge affiliation = imported.edge("finn-ford", "east-land", "affiliation");
        assertThat(imported.graph().getEdgeSource(affiliation)).isEqualTo("finn-ford");
        assertThat(imported.graph().getEdgeWeight(affiliation)).isZero();
        assertThat(imported.edges().get(affiliation))
                .containsEntry("role", "President")
                .containsEntry("direction", "none")
                .as("an empty value is an empty data element, which JGraphT reads as absent")
                .doesNotContainKey("events");
    }

    @Test
    void node_and_edge_attributes_carry_names_kinds_metrics_communities_and_events() {
        ActorNetwork network = network(ExportFixtures.NETWORK, YEAR_2024);
        Imported imported = roundTrip(network);
        ActorId bell = ActorId.of("boris-bell");

        Map<String, String> node = imported.nodes().get("boris-bell");
        assertThat(node.keySet()).containsAll(NetworkGraphml.NODE_ATTRIBUTES);
        assertThat(node)
                .containsEntry("name", "Boris Bell")
                .containsEntry("kind", "person")
                .containsEntry("degree", "2")
                .containsEntry("community", String.valueOf(network.community(bell)));
        assertThat(Double.parseDouble(node.get("betweenness"))).isCloseTo(0.1, within(1e-9));
        assertThat(Double.parseDouble(node.get("pagerank")))
                .isCloseTo(network.metric(Metric.PAGERANK, bell), within(1e-12));
        DefaultWeightedEdge edge = imported.edge("anna-archer", "boris-bell", "interaction");
        assertThat(imported.edges().get(edge))
                .containsEntry("events", "net-2024-agreement;net-2024-call")
                .containsEntry("direction", "source_to_target")
                .containsEntry("first", "2024-03-10")
                .containsEntry("last", "2024-05");
    }

    @Test
    void markup_and_non_ascii_names_read_back_unchanged() {
        Imported imported = roundTrip(network(ExportFixtures.awkward(), TimeWindow.all()));

        assertThat(imported.nodes().get("ministry")).containsEntry("name", "Ministry <of> Affairs & Co");
        assertThat(imported.nodes().get("vladimir-putin-ru")).containsEntry("name", "Владимир Путин");
        assertThat(imported.nodes().get("zoe-angstrom")).containsEntry("name", "Zoë Ångström-Łukasiewicz");
        assertThat(imported.edges().get(imported.edge("zoe-angstrom", "ministry", "affiliation")))
                .containsEntry("role", "Minister, \"acting\"");
    }
}
