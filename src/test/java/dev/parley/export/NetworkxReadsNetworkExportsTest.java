package dev.parley.export;

import static dev.parley.export.ExportFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every network export, of the fixtures and of the real {@code data/}, read by NetworkX ({@link Networkx}, one
 * Python process for all files) and compared with Parley's {@link ActorNetwork}: the same nodes, and the same edges
 * with the same ids, kinds and weights. Needs a Python with NetworkX 2.8 or newer; fails, naming how to install it,
 * without one.
 */
class NetworkxReadsNetworkExportsTest {
    private static final LocalDate TODAY = day("2025-06-01");

    @TempDir
    static Path dir;

    private static final Map<String, ActorNetwork> NETWORKS = new LinkedHashMap<>();
    private static final Map<String, JsonNode> READ = new LinkedHashMap<>();

    @BeforeAll
    static void export_every_network_and_read_it_with_networkx() throws IOException, InterruptedException {
        NETWORKS.put("empty", ActorNetwork.of(Dataset.empty(), EventFilter.all()));
        NETWORKS.put("fixture-network", ActorNetwork.of(ExportFixtures.NETWORK, EventFilter.all()));
        NETWORKS.put(
                "fixture-network-2024",
                ActorNetwork.of(
                        ExportFixtures.NETWORK,
                        EventFilter.all().withWindow(new TimeWindow(day("2024-01-01"), day("2024-12-31")))));
        NETWORKS.put("fixture-valid", ActorNetwork.of(ExportFixtures.VALID, EventFilter.all()));
        NETWORKS.put("awkward", ActorNetwork.of(ExportFixtures.awkward(), EventFilter.all()));
        NETWORKS.put("real-data", ActorNetwork.of(ExportFixtures.load(Path.of("data")), EventFilter.all()));
        List<Path> files = new ArrayList<>();
        for (var entry : NETWORKS.entrySet()) {
            Path gexf = dir.resolve(entry.getKey() + ".gexf");
            try (OutputStream out = Files.newOutputStream(gexf)) {
                new NetworkGexf().write(entry.getValue(), TODAY, out);
            }
            Path graphml = dir.resolve(entry.getKey() + ".graphml");
            try (OutputStream out = Files.newOutputStream(graphml)) {
                new NetworkGraphml().write(entry.getValue(), out);
            }
            files.add(gexf);
            files.add(graphml);
        }
        JsonNode read = Networkx.read(files, dir);
        for (JsonNode file : read.path("files")) {
            READ.put(Path.of(file.path("path").asString()).getFileName().toString(), file);
        }
    }

    @Test
    void networkx_reads_each_gexf_as_an_undirected_graph_with_parleys_nodes_edges_and_weights() {
        NETWORKS.forEach((name, network) -> {
            JsonNode file = READ.get(name + ".gexf");
            assertThat(file).as(name + ".gexf read by NetworkX").isNotNull();
            assertThat(file.path("directed").asBoolean()).as(name).isFalse();
            assertThat(nodes(file)).as(name + " nodes").isEqualTo(nodes(network));
            assertThat(edges(file, true))
                    .as(name + " edges: ends|id|weight|kind|directed_from")
                    .isEqualTo(expectedEdges(network, NetworkGexf::weight, true));
        });
    }

    @Test
    void networkx_reads_each_graphml_with_parleys_nodes_edges_and_weights() {
        NETWORKS.forEach((name, network) -> {
            JsonNode file = READ.get(name + ".graphml");
            assertThat(file).as(name + ".graphml read by NetworkX").isNotNull();
            assertThat(file.path("directed").asBoolean()).as(name).isFalse();
            assertThat(nodes(file)).as(name + " nodes").isEqualTo(nodes(network));
            assertThat(edges(file, false))
                    .as(name + " edges: ends|id|weight|kind")
                    .isEqualTo(expectedEdges(network, c -> (double) c.weight(), false));
        });
    }

    @Test
    void the_real_data_has_both_kinds_of_link_and_a_pair_with_both_so_networkx_reads_a_multigraph() {
        ActorNetwork real = NETWORKS.get("real-data");
        assertThat(real.connections())
                .extracting(Connection::kind)
                .contains(ConnectionKind.INTERACTION, ConnectionKind.AFFILIATION);
        assertThat(READ.get("real-data.gexf").path("multigraph").asBoolean()).isTrue();
        assertThat(READ.get("real-data.graphml").path("multigraph").asBoolean()).isTrue();
        assertThat(READ.get("real-data.gexf").path("edges").size())
                .isEqualTo(real.connections().size());
    }

    private static List<String> nodes(JsonNode file) {
        return file.path("nodes").valueStream().map(JsonNode::asString).sorted().toList();
    }

    private static List<String> nodes(ActorNetwork network) {
        return network.actors().stream().map(ActorId::value).sorted().toList();
    }

    private static List<String> edges(JsonNode file, boolean withDirection) {
        return file.path("edges")
                .valueStream()
                .map(e -> String.join(
                        "|",
                        Stream.concat(
                                        Stream.of(
                                                e.path("ends").get(0).asString(),
                                                e.path("ends").get(1).asString(),
                                                e.path("id").asString(),
                                                String.valueOf(e.path("weight").asDouble()),
                                                e.path("kind").asString()),
                                        withDirection
                                                ? Stream.of(
                                                        e.path("directed_from").asString())
                                                : Stream.of())
                                .toList()))
                .sorted()
                .toList();
    }

    private static List<String> expectedEdges(
            ActorNetwork network, Function<Connection, Double> weight, boolean withDirection) {
        return network.connections().stream()
                .map(c -> String.join(
                        "|",
                        Stream.concat(
                                        Stream.of(
                                                min(c),
                                                max(c),
                                                NetworkGexf.edgeId(c),
                                                String.valueOf(weight.apply(c)),
                                                XmlText.kind(c.kind())),
                                        withDirection
                                                ? Stream.of(c.kind() == ConnectionKind.AFFILIATION ? c.a().value() : "")
                                                : Stream.of())
                                .toList()))
                .sorted()
                .toList();
    }

    private static String min(Connection c) {
        return c.a().value().compareTo(c.b().value()) <= 0 ? c.a().value() : c.b().value();
    }

    private static String max(Connection c) {
        return c.a().value().compareTo(c.b().value()) <= 0 ? c.b().value() : c.a().value();
    }
}
