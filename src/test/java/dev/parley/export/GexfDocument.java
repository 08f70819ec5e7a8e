package dev.parley.export;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A GEXF file read back with StAX for the tests: what a GEXF reader such as Gephi gets. Rejects elements outside the
 * GEXF and viz namespaces and DTDs, and keeps the order of the top-level sections.
 */
record GexfDocument(
        Map<String, String> root,
        Map<String, String> graph,
        List<String> sections,
        Map<String, Map<String, String>> attributeTypes,
        List<Node> nodes,
        List<Edge> edges) {

    record Node(String id, String label, String start, String end, Map<String, String> values, double x, double y) {}

    record Spell(LocalDate start, LocalDate end) {}

    record Edge(
            String id,
            String source,
            String target,
            String type,
            double weight,
            String label,
            Map<String, String> values,
            List<Spell> spells) {}

    static GexfDocument read(byte[] bytes) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        Map<String, String> root = new LinkedHashMap<>();
        Map<String, String> graph = new LinkedHashMap<>();
        List<String> sections = new ArrayList<>();
        Map<String, Map<String, String>> types = new LinkedHashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        String attributeClass = null;
        Map<String, String> current = null;
        Map<String, String> values = null;
        List<Spell> spells = null;
        double[] position = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String ns = xml.getNamespaceURI();
                if (!NetworkGexf.NAMESPACE.equals(ns) && !NetworkGexf.VIZ_NAMESPACE.equals(ns)) {
                    throw new IllegalStateException("element in an unexpected namespace: " + xml.getName());
                }
                Map<String, String> attrs = attributes(xml);
                switch (xml.getLocalName()) {
                    case "gexf" -> root.putAll(attrs);
                    case "meta", "nodes", "edges" -> sections.add(xml.getLocalName());
                    case "graph" -> {
                        sections.add("graph");
                        graph.putAll(attrs);
                    }
                    case "attributes" -> {
                        sections.add("attributes:" + attrs.get("class"));
                        attributeClass = attrs.get("class");
                        types.put(attributeClass, new LinkedHashMap<>());
                    }
                    case "attribute" -> types.get(attributeClass).put(attrs.get("id"), attrs.get("type"));
                    case "node", "edge" -> {
                        current = attrs;
                        values = new LinkedHashMap<>();
                        spells = new ArrayList<>();
                        position = new double[] {Double.NaN, Double.NaN};
                    }
                    case "attvalue" -> values.put(attrs.get("for"), attrs.get("value"));
                    case "spell" ->
                        spells.add(new Spell(LocalDate.parse(attrs.get("start")), LocalDate.parse(attrs.get("end"))));
                    case "position" ->
                        position =
                                new double[] {Double.parseDouble(attrs.get("x")), Double.parseDouble(attrs.get("y"))};
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("node")) {
                    nodes.add(new Node(
                            current.get("id"),
                            current.get("label"),
                            current.get("start"),
                            current.get("end"),
                            values,
                            position[0],
                            position[1]));
                } else if (xml.getLocalName().equals("edge")) {
                    edges.add(new Edge(
                            current.get("id"),
                            current.get("source"),
                            current.get("target"),
                            current.get("type"),
                            Double.parseDouble(current.get("weight")),
                            current.get("label"),
                            values,
                            spells));
                }
            }
        }
        return new GexfDocument(root, graph, sections, types, nodes, edges);
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attrs.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attrs;
    }

    Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    Edge edge(String id) {
        return edges.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }
}
