package dev.parley.export;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.Participant;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Metric;
import dev.parley.network.Point;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An {@link ActorNetwork} as GEXF 1.2 ({@value #NAMESPACE}), the native format of Gephi, with time so that Gephi's
 * timeline can replay the network: the graph is {@code mode="dynamic"} with {@code timeformat="date"}; each actor
 * taking part has {@code start} and {@code end}, the first and last day of its selected events; each interaction
 * has {@code <spells>}, one per event from the event's first to its last day (spells of events that share a day are
 * merged, since Gephi refuses overlapping ones). Affiliations carry no time (they hold for the whole window).
 *
 * <p>Nodes carry the actor's name as label, the attributes {@link #NODE_ATTRIBUTES} and a {@code viz:position} from
 * Parley's layout (y pointing up, as Gephi draws). Edges are interactions and affiliations (from the role holder to
 * the actor whose role it is), with the attributes {@link #EDGE_ATTRIBUTES} and a {@code weight}: the number of
 * shared events for an interaction, 1 for an affiliation, because Gephi drops edges of weight 0 on import (the
 * {@code shared_events} attribute keeps Parley's 0).
 *
 * <p>Every edge is undirected (the graph's {@code defaultedgetype}, no edge has a {@code type}), and an affiliation's
 * direction is the attribute {@code directed_from}, the id of its role holder (empty for an interaction). A graph
 * with both kinds of edge cannot be read by both Gephi and NetworkX: NetworkX's {@code read_gexf} builds either an
 * undirected or a directed graph from {@code defaultedgetype} and refuses any edge of the other type, and Gephi's
 * importer reports an edge of the one type NetworkX accepts in a directed graph ({@code mutual}) as an error and
 * keeps only {@code directed} and {@code undirected}. Directing the interactions instead would give them an
 * arbitrary direction and change Gephi's degrees and paths.
 *
 * <p>Why not JGraphT's {@code GEXFExporter}: in jgrapht-io 1.5.3 it writes static graphs only, and has no way to
 * write {@code mode}, {@code timeformat}, node {@code start}/{@code end} or edge spells. This class writes with the
 * JDK's StAX {@link XMLStreamWriter}, which escapes text and attribute values; line breaks and other control
 * characters in names are replaced by spaces, since XML attributes cannot keep them.
 */
public final class NetworkGexf {
    /**
     * The GEXF 1.2 namespace. Not 1.3: NetworkX 2.8 (Debian 12's {@code python3-networkx}) finds no graph in a GEXF
     * 1.3 file, and this file uses nothing that 1.3 added; Gephi and NetworkX 3 read both.
     */
    public static final String NAMESPACE = "http://www.gexf.net/1.2draft";
    /** The namespace of the visual attributes. */
    public static final String VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";
    /** The node attributes, by id (each attribute's title is its id). */
    public static final List<String> NODE_ATTRIBUTES =
            List.of("kind", "degree", "weighted_degree", "betweenness", "closeness", "pagerank", "community");
    /** The edge attributes, by id. */
    public static final List<String> EDGE_ATTRIBUTES =
            List.of("kind", "shared_events", "events", "direction", "role", "directed_from");

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("kind", "string"),
            Map.entry("degree", "integer"),
            Map.entry("weighted_degree", "double"),
            Map.entry("betweenness", "double"),
            Map.entry("closeness", "double"),
            Map.entry("pagerank", "double"),
            Map.entry("community", "integer"),
            Map.entry("shared_events", "integer"),
            Map.entry("events", "string"),
            Map.entry("direction", "string"),
            Map.entry("role", "string"),
            Map.entry("directed_from", "string"));

    /** The GEXF weight of a connection: its number of shared events, and 1 for an affiliation (see above). */
    public static double weight(Connection connection) {
        return connection.kind() == ConnectionKind.AFFILIATION ? 1 : connection.weight();
    }

    /** The id of a connection's edge: kind, then both ends ({@code interaction:anna-archer:boris-bell}). */
    public static String edgeId(Connection connection) {
        return XmlText.kind(connection.kind()) + ":" + connection.a() + ":" + connection.b();
    }

    /**
     * Writes the network, exported on {@code today} (the {@code lastmodifieddate}), as UTF-8. The stream is
     * flushed, not closed.
     */
    public void write(ActorNetwork network, LocalDate today, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.setPrefix("viz", VIZ_NAMESPACE);
            xml.writeStartElement(NAMESPACE, "gexf");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeNamespace("viz", VIZ_NAMESPACE);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd");
            xml.writeAttribute("version", "1.2");
            meta(xml, network, today);
            xml.writeStartElement(NAMESPACE, "graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("timeformat", "date");
            declare(xml, "node", NODE_ATTRIBUTES);
            declare(xml, "edge", EDGE_ATTRIBUTES);
            nodes(xml, network);
            edges(xml, network);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new ExportException("cannot write the GEXF file", e);
        }
    }

    private static void meta(XMLStreamWriter xml, ActorNetwork network, LocalDate today) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "meta");
        xml.writeAttribute("lastmodifieddate", today.toString());
        element(xml, "creator", EventsJson.GENERATOR);
        element(
                xml,
                "description",
                "Actor network of the events in " + network.filter().window()
                        + "; interactions weighted by shared events, affiliations from roles");
        xml.writeEndElement();
    }

    private static void declare(XMLStreamWriter xml, String forClass, List<String> ids) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "attributes");
        xml.writeAttribute("class", forClass);
        xml.writeAttribute("mode", "static");
        for (String id : ids) {
            xml.writeEmptyElement(NAMESPACE, "attribute");
            xml.writeAttribute("id", id);
            xml.writeAttribute("title", id);
            xml.writeAttribute("type", TYPES.get(id));
        }
        xml.writeEndElement();
    }

    private static void nodes(XMLStreamWriter xml, ActorNetwork network) throws XMLStreamException {
        Map<ActorId, TimeWindow> spans = actorSpans(network);
        xml.writeStartElement(NAMESPACE, "nodes");
        xml.writeAttribute("count", String.valueOf(network.actors().size()));
        for (ActorId id : network.actors()) {
            var actor = network.dataset().actor(id);
            xml.writeStartElement(NAMESPACE, "node");
            xml.writeAttribute("id", id.value());
            xml.writeAttribute("label", XmlText.clean(actor.map(Actor::name).orElse(id.value())));
            TimeWindow span = spans.get(id);
            if (span != null) {
                xml.writeAttribute("start", span.from().toString());
                xml.writeAttribute("end", span.to().toString());
            }
            xml.writeStartElement(NAMESPACE, "attvalues");
            value(xml, "kind", actor.map(a -> a.kind().key()).orElse(""));
            value(xml, "degree", String.valueOf(Math.round(network.metric(Metric.DEGREE, id))));
            value(xml, "weighted_degree", String.valueOf(network.metric(Metric.WEIGHTED_DEGREE, id)));
            value(xml, "betweenness", String.valueOf(network.metric(Metric.BETWEENNESS, id)));
            value(xml, "closeness", String.valueOf(network.metric(Metric.CLOSENESS, id)));
            value(xml, "pagerank", String.valueOf(network.metric(Metric.PAGERANK, id)));
            value(xml, "community", String.valueOf(network.community(id)));
            xml.writeEndElement();
            Point point = network.layout(id);
            xml.writeEmptyElement(VIZ_NAMESPACE, "position");
            xml.writeAttribute("x", String.valueOf(point.x()));
            xml.writeAttribute("y", String.valueOf(-point.y()));
            xml.writeAttribute("z", "0.0");
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void edges(XMLStreamWriter xml, ActorNetwork network) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "edges");
        xml.writeAttribute("count", String.valueOf(network.connections().size()));
        for (Connection c : network.connections()) {
            boolean interaction = c.kind() == ConnectionKind.INTERACTION;
            xml.writeStartElement(NAMESPACE, "edge");
            xml.writeAttribute("id", edgeId(c));
            xml.writeAttribute("source", c.a().value());
            xml.writeAttribute("target", c.b().value());
            xml.writeAttribute("weight", String.valueOf(weight(c)));
            if (c.roleTitle().isPresent()) {
                xml.writeAttribute("label", XmlText.clean(c.roleTitle().get()));
            }
            xml.writeStartElement(NAMESPACE, "attvalues");
            value(xml, "kind", XmlText.kind(c.kind()));
            value(xml, "shared_events", String.valueOf(c.weight()));
            value(xml, "events", XmlText.events(c));
            value(xml, "direction", XmlText.direction(c.direction()));
            value(xml, "role", XmlText.clean(c.roleTitle().orElse("")));
            value(xml, "directed_from", interaction ? "" : c.a().value());
            xml.writeEndElement();
            if (interaction) {
                xml.writeStartElement(NAMESPACE, "spells");
                for (TimeWindow spell : spells(network.eventsOf(c))) {
                    xml.writeEmptyElement(NAMESPACE, "spell");
                    xml.writeAttribute("start", spell.from().toString());
                    xml.writeAttribute("end", spell.to().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * For each actor taking part in the network, the days from the first day of its earliest selected event to the
     * last day of its latest one. Actors present only through an affiliation have none.
     */
    private static Map<ActorId, TimeWindow> actorSpans(ActorNetwork network) {
        EventFilter filter = network.filter();
        Map<ActorId, TimeWindow> spans = new HashMap<>();
        for (Event event : filter.select(network.dataset())) {
            for (Participant p : event.participants()) {
                if (filter.takesPart(p, network.dataset())
                        && network.participants().contains(p.actor())) {
                    spans.merge(p.actor(), TimeWindow.covering(event), TimeWindow::union);
                }
            }
        }
        return spans;
    }

    /**
     * The events' days, earliest first, with windows that share a day merged into one: one spell per event where
     * events do not overlap. Gephi refuses overlapping intervals on one element ("Overlapping intervals aren't
     * allowed", graphstore's {@code IntervalSet}), and a {@code 2024} event overlaps every other 2024 event, so one
     * spell per event would not always import.
     */
    private static List<TimeWindow> spells(List<Event> events) {
        List<TimeWindow> sorted = events.stream()
                .map(TimeWindow::covering)
                .sorted(Comparator.comparing(TimeWindow::from).thenComparing(TimeWindow::to))
                .toList();
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow window : sorted) {
            if (!merged.isEmpty() && merged.getLast().overlaps(window.from(), window.to())) {
                merged.set(merged.size() - 1, merged.getLast().union(window));
            } else {
                merged.add(window);
            }
        }
        return merged;
    }

    private static void value(XMLStreamWriter xml, String id, String value) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, "attvalue");
        xml.writeAttribute("for", id);
        xml.writeAttribute("value", value);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }
}
