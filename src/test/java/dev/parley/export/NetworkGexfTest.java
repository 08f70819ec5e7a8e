package dev.parley.export;

import static dev.parley.export.ExportFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.Metric;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedMultigraph;
import org.junit.jupiter.api.Test;

/**
 * The GEXF export, read back with StAX. The structure is checked here by parsing rather than against the official
 * XSDs (the GEXF 1.3 one does not even compile, gephi/gexf#19): the parts a GEXF reader and Gephi's timeline rely
 * on. {@link NetworkxReadsNetworkExportsTest} reads the files with NetworkX.
 */
class NetworkGexfTest {
    private static final TimeWindow YEAR_2024 = new TimeWindow(day("2024-01-01"), day("2024-12-31"));
    private static final LocalDate TODAY = day("2025-06-01");

    private static byte[] gexf(ActorNetwork network) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NetworkGexf().write(network, TODAY, out);
        return out.toByteArray();
    }

    private static GexfDocument read(ActorNetwork network) throws XMLStreamException {
        return GexfDocument.read(gexf(network));
    }

    private static ActorNetwork network(Dataset dataset, TimeWindow window) {
        return ActorNetwork.of(dataset, EventFilter.all().withWindow(window));
    }

    /** Checks what GEXF 1.2 and Gephi require of the document. */
    private static void assertWellFormedGexf(GexfDocument doc) {
        assertThat(doc.root()).containsEntry("version", "1.2");
        assertThat(doc.graph())
                .containsEntry("mode", "dynamic")
                .containsEntry("timeformat", "date")
                .containsEntry("defaultedgetype", "undirected");
        assertThat(doc.sections())
                .containsExactly("meta", "graph", "attributes:node", "attributes:edge", "nodes", "edges");
        Set<String> types = Set.of("integer", "double", "string");
        assertThat(doc.attributeTypes().get("node").keySet()).containsExactlyElementsOf(NetworkGexf.NODE_ATTRIBUTES);
        assertThat(doc.attributeTypes().get("edge").keySet()).containsExactlyElementsOf(NetworkGexf.EDGE_ATTRIBUTES);
        doc.attributeTypes().values().forEach(declared -> assertThat(types).containsAll(declared.values()));
        Set<String> nodeIds = new HashSet<>();
        for (GexfDocument.Node node : doc.nodes()) {
            assertThat(nodeIds.add(node.id()))
                    .as("unique node id %s", node.id())
                    .isTrue();
            assertThat(node.values().keySet()).containsExactlyElementsOf(NetworkGexf.NODE_ATTRIBUTES);
            assertThat(node.start() == null).isEqualTo(node.end() == null);
            if (node.start() != null) {
                assertThat(LocalDate.parse(node.start())).isBeforeOrEqualTo(LocalDate.parse(node.end()));
            }
            assertThat(node.x()).isFinite();
            assertThat(node.y()).isFinite();
            assertTyped(doc.attributeTypes().get("node"), node.values());
        }
        Set<String> edgeIds = new HashSet<>();
        for (GexfDocument.Edge edge : doc.edges()) {
            assertThat(edgeIds.add(edge.id()))
                    .as("unique edge id %s", edge.id())
                    .isTrue();
            assertThat(nodeIds).contains(edge.source(), edge.target());
            assertThat(edge.type())
                    .as("NetworkX refuses a typed edge in a graph of the other type, Gephi refuses mutual")
                    .isNull();
            assertThat(edge.weight()).as("Gephi drops edges of weight 0").isPositive();
            assertTyped(doc.attributeTypes().get("edge"), edge.values());
            for (int i = 0; i < edge.spells().size(); i++) {
                GexfDocument.Spell spell = edge.spells().get(i);
                assertThat(spell.start()).isBeforeOrEqualTo(spell.end());
                if (i > 0) {
                    assertThat(spell.start())
                            .as("spells of %s must not overlap", edge.id())
                            .isAfter(edge.spells().get(i - 1).end());
                }
            }
        }
    }

    private static void assertTyped(Map<String, String> types, Map<String, String> values) {
        values.forEach((id, value) -> {
            switch (types.get(id)) {
                case "integer" -> Integer.parseInt(value);
                case "double" -> Double.parseDouble(value);
                default -> {}
            }
        });
    }

    @Test
    void an_empty_network_is_a_valid_document_without_nodes_or_edges() throws XMLStreamException {
        GexfDocument doc = read(ActorNetwork.of(Dataset.empty(), EventFilter.all()));

        assertWellFormedGexf(doc);
        assertThat(doc.nodes()).isEmpty();
        assertThat(doc.edges()).isEmpty();
    }

    @Test
    void the_file_declares_gexf_1_2_and_its_creation_day() {
        String text = new String(gexf(network(ExportFixtures.NETWORK, YEAR_2024)), StandardCharsets.UTF_8);

        assertThat(text)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains(
                        "xmlns=\"http://www.gexf.net/1.2draft\"",
                        "lastmodifieddate=\"2025-06-01\"",
                        "<creator>Parley</creator>");
    }

    @Test
    void markup_and_non_ascii_names_are_escaped_and_read_back_unchanged() throws XMLStreamException {
        GexfDocument doc = read(network(ExportFixtures.awkward(), TimeWindow.all()));

        assertWellFormedGexf(doc);
        assertThat(doc.node("ministry").label()).isEqualTo("Ministry <of> Affairs & Co");
        assertThat(doc.node("vladimir-putin-ru").label()).isEqualTo("Владимир Путин");
        assertThat(doc.node("xi-jinping").label()).isEqualTo("@習近平");
        assertThat(doc.edge("affiliation:zoe-angstrom:ministry").label()).isEqualTo("Minister, \"acting\"");
    }

    @Test
    void overlapping_events_give_one_merged_spell_so_that_gephi_accepts_them() throws XMLStreamException {
        GexfDocument doc = read(network(ExportFixtures.awkward(), TimeWindow.all()));

        GexfDocument.Edge zoeXi = doc.edge("interaction:xi-jinping:zoe-angstrom");
        assertThat(zoeXi.spells()).containsExactly(new GexfDocument.Spell(day("2025-01-01"), day("2025-12-31")));
        assertThat(zoeXi.values())
                .containsEntry("events", "quiet;year-only")
                .containsEntry("shared_events", "2")
                .containsEntry("direction", "source_to_target");
    }

    @Test
    void each_interaction_has_a_spell_per_event_from_its_first_to_its_last_day() throws XMLStreamException {
        GexfDocument doc = read(network(ExportFixtures.NETWORK, YEAR_2024));

        assertWellFormedGexf(doc);
        GexfDocument.Edge archerBell = doc.edge("interaction:anna-archer:boris-bell");
        assertThat(archerBell.weight()).isEqualTo(2.0);
        assertThat(archerBell.spells())
                .containsExactly(
                        new GexfDocument.Spell(day("2024-03-10"), day("2024-03-10")),
                        new GexfDocument.Spell(day("2024-05-01"), day("2024-05-31")));
        assertThat(archerBell.values())
                .containsEntry("kind", "interaction")
                .containsEntry("events", "net-2024-agreement;net-2024-call")
                .containsEntry("direction", "source_to_target")
                .containsEntry("directed_from", "");
    }

    @Test
    void actors_taking_part_start_and_end_with_their_events_and_affiliation_only_actors_have_no_time()
            throws XMLStreamException {
        GexfDocument doc = read(network(ExportFixtures.NETWORK, YEAR_2024));

        assertThat(doc.node("anna-archer").start()).isEqualTo("2024-03-10");
        assertThat(doc.node("anna-archer").end())
                .as("the accusation only mentions her")
                .isEqualTo("2024-05-31");
        assertThat(doc.node("carla-cruz").start()).isEqualTo("2024-05-20");
        assertThat(doc.node("carla-cruz").end()).isEqualTo("2024-05-20");
        assertThat(doc.node("north-land").start()).isNull();
        assertThat(doc.node("north-land").end()).isNull();
    }

    @Test
    void affiliations_are_directed_from_the_role_holder_without_spells_and_weigh_one() throws XMLStreamException {
        GexfDocument doc = read(network(ExportFixtures.NETWORK, YEAR_2024));

        GexfDocument.Edge affiliation = doc.edge("affiliation:anna-archer:north-land");
        assertThat(affiliation.source()).isEqualTo("anna-archer");
        assertThat(affiliation.target()).isEqualTo("north-land");
        assertThat(affiliation.weight()).isEqualTo(1.0);
        assertThat(affiliation.spells()).isEmpty();
        assertThat(affiliation.values())
                .containsEntry("kind", "affiliation")
                .containsEntry("shared_events", "0")
                .containsEntry("events", "")
                .containsEntry("role", "Foreign Minister")
                .containsEntry("directed_from", "anna-archer");
    }

    @Test
    void node_attributes_carry_the_metrics_and_the_community() throws XMLStreamException {
        ActorNetwork network = network(ExportFixtures.NETWORK, YEAR_2024);
        GexfDocument doc = read(network);
        ActorId bell = ActorId.of("boris-bell");

        Map<String, String> values = doc.node("boris-bell").values();
        assertThat(values)
                .containsEntry("kind", "person")
                .containsEntry("degree", "2")
                .containsEntry("community", String.valueOf(network.community(bell)));
        assertThat(Double.parseDouble(values.get("weighted_degree"))).isEqualTo(3.0);
        assertThat(Double.parseDouble(values.get("betweenness"))).isCloseTo(0.1, within(1e-9));
        assertThat(Double.parseDouble(values.get("closeness"))).isCloseTo(0.4, within(1e-9));
        assertThat(Double.parseDouble(values.get("pagerank")))
                .isCloseTo(network.metric(Metric.PAGERANK, bell), within(1e-12));
    }

    @Test
    void the_network_round_trips_into_a_jgrapht_graph_with_the_same_vertices_edges_and_weights()
            throws XMLStreamException {
        ActorNetwork network = network(ExportFixtures.NETWORK, TimeWindow.all());
        GexfDocument doc = read(network);
        assertWellFormedGexf(doc);

        Graph<String, DefaultWeightedEdge> graph = new WeightedMultigraph<>(DefaultWeightedEdge.class);
        doc.nodes().forEach(n -> graph.addVertex(n.id()));
        doc.edges().forEach(e -> graph.setEdgeWeight(graph.addEdge(e.source(), e.target()), e.weight()));

        assertThat(graph.vertexSet())
                .isEqualTo(network.actors().stream().map(ActorId::value).collect(Collectors.toSet()));
        List<String> expected = network.connections().stream()
                .map(c -> c.a() + "|" + c.b() + "|" + NetworkGexf.weight(c))
                .sorted()
                .toList();
        List<String> actual = graph.edgeSet().stream()
                .map(e -> graph.getEdgeSource(e) + "|" + graph.getEdgeTarget(e) + "|" + graph.getEdgeWeight(e))
                .sorted()
                .toList();
        assertThat(actual).isEqualTo(expected);
        for (Connection c : network.connections()) {
            assertThat(doc.edge(NetworkGexf.edgeId(c)).values().get("shared_events"))
                    .isEqualTo(String.valueOf(c.weight()));
        }
    }
}
