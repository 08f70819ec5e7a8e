package dev.parley.export;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.Metric;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedMultigraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * An {@link ActorNetwork} as GraphML, written by JGraphT's {@link GraphMLExporter}, for tools such as yEd,
 * Cytoscape, igraph and NetworkX. The graph is undirected and may hold two edges between the same pair (an
 * interaction and an affiliation); an affiliation's source is the role holder. Nodes have the id of the actor and the
 * attributes {@link #NODE_ATTRIBUTES}; edges have the id {@link NetworkGexf#edgeId}, the attributes
 * {@link #EDGE_ATTRIBUTES} and a {@code weight}, the number of shared events (0 for an affiliation; JGraphT leaves
 * out the default weight 1). An empty value (no events, no role) is an empty {@code <data>} element, which some
 * readers, JGraphT's among them, treat as absent. GraphML has no notion of time; the GEXF export carries it.
 */
public final class NetworkGraphml {
    /** The node attributes ({@code key} names). */
    public static final List<String> NODE_ATTRIBUTES =
            List.of("name", "kind", "degree", "weighted_degree", "betweenness", "closeness", "pagerank", "community");
    /** The edge attributes ({@code key} names) besides {@code weight}. */
    public static final List<String> EDGE_ATTRIBUTES = List.of("kind", "events", "direction", "role", "first", "last");

    /** The edge JGraphT exports: not value-equal, it only carries its connection. */
    private static final class Edge extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        private final transient Connection connection;

        Edge(Connection connection) {
            this.connection = connection;
        }
    }

    /** Writes the network as UTF-8; the stream is flushed, not closed. */
    public void write(ActorNetwork network, OutputStream out) {
        Graph<ActorId, Edge> graph = new WeightedMultigraph<>(Edge.class);
        network.actors().forEach(graph::addVertex);
        for (Connection c : network.connections()) {
            Edge edge = new Edge(c);
            graph.addEdge(c.a(), c.b(), edge);
            graph.setEdgeWeight(edge, c.weight());
        }
        GraphMLExporter<ActorId, Edge> exporter = new GraphMLExporter<>(ActorId::value);
        exporter.setEdgeIdProvider(e -> NetworkGexf.edgeId(e.connection));
        exporter.setExportEdgeWeights(true);
        exporter.registerAttribute("name", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("degree", AttributeCategory.NODE, AttributeType.INT);
        for (String metric : List.of("weighted_degree", "betweenness", "closeness", "pagerank")) {
            exporter.registerAttribute(metric, AttributeCategory.NODE, AttributeType.DOUBLE);
        }
        exporter.registerAttribute("community", AttributeCategory.NODE, AttributeType.INT);
        for (String text : List.of("events", "direction", "role", "first", "last")) {
            exporter.registerAttribute(text, AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(id -> nodeAttributes(network, id));
        exporter.setEdgeAttributeProvider(e -> edgeAttributes(e.connection));
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            exporter.exportGraph(graph, writer);
            writer.flush();
        } catch (java.io.IOException | RuntimeException e) {
            throw new ExportException("cannot write the GraphML file", e);
        }
    }

    private static Map<String, Attribute> nodeAttributes(ActorNetwork network, ActorId id) {
        Optional<Actor> actor = network.dataset().actor(id);
        Map<String, Attribute> values = new LinkedHashMap<>();
        values.put(
                "name",
                DefaultAttribute.createAttribute(
                        XmlText.clean(actor.map(Actor::name).orElse(id.value()))));
        values.put(
                "kind",
                DefaultAttribute.createAttribute(actor.map(a -> a.kind().key()).orElse("")));
        values.put("degree", DefaultAttribute.createAttribute((int) Math.round(network.metric(Metric.DEGREE, id))));
        values.put("weighted_degree", DefaultAttribute.createAttribute(network.metric(Metric.WEIGHTED_DEGREE, id)));
        values.put("betweenness", DefaultAttribute.createAttribute(network.metric(Metric.BETWEENNESS, id)));
        values.put("closeness", DefaultAttribute.createAttribute(network.metric(Metric.CLOSENESS, id)));
        values.put("pagerank", DefaultAttribute.createAttribute(network.metric(Metric.PAGERANK, id)));
        values.put("community", DefaultAttribute.createAttribute(network.community(id)));
        return values;
    }

    private static Map<String, Attribute> edgeAttributes(Connection c) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        values.put("kind", DefaultAttribute.createAttribute(XmlText.kind(c.kind())));
        values.put("events", DefaultAttribute.createAttribute(XmlText.events(c)));
        values.put("direction", DefaultAttribute.createAttribute(XmlText.direction(c.direction())));
        values.put(
                "role",
                DefaultAttribute.createAttribute(XmlText.clean(c.roleTitle().orElse(""))));
        values.put(
                "first",
                DefaultAttribute.createAttribute(c.first().map(Object::toString).orElse("")));
        values.put(
                "last",
                DefaultAttribute.createAttribute(c.last().map(Object::toString).orElse("")));
        return values;
    }
}
