package dev.parley.network.ui;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.ConnectionKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ChartOption;
import dev.parley.chart.DataItem;
import dev.parley.chart.GraphSeries;
import dev.parley.chart.ItemStyle;
import dev.parley.chart.Label;
import dev.parley.chart.Link;
import dev.parley.chart.PreparedOption;
import dev.parley.dataset.Dataset;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Camp;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.LinkColouring;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.network.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Builds the network chart's option from an {@link ActorNetwork}: nodes at the server-computed layout, sized
 * by the chosen metric, coloured by kind, community or camp; links drawn by {@link NetworkLinks}: interactions as
 * thick as their number of shared events, grey or in the colour of their stance, affiliations dashed. Nodes carry
 * {@link ActorKey}s and links {@link ConnectionKey}s, so a click names the actor or the connection.
 */
public final class NetworkOptions {
    public static final String SERIES_ID = "network";
    static final double MIN_SIZE = 10;
    static final double MAX_SIZE = 42;
    /** Charts are wider than tall: a square layout would leave both sides empty. */
    static final double ASPECT = 2.0;
    /** Only the most central actors are named until one is selected; the rest show their name on hover. */
    static final int LABELLED = 25;
    /**
     * Most links drawn at once. A browser redraws thousands of lines on every hover and highlight; beyond this the
     * picture is a grey mass anyway. Larger networks draw their strongest links (see {@link #drawn}); a time
     * window or a filter narrows the network until every link is drawn, and the side panel lists them all.
     */
    public static final int LINK_LIMIT = 2_500;
    /** The network among the charts that every session shares. */
    public static final ChartCache.Kind<Built> CHART = new ChartCache.Kind<>("network", Built.class);

    private static final String[] COMMUNITY_PALETTE = {
        "#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00acc1", "#6d4c41", "#d81b60", "#7cb342", "#3949ab",
        "#f4511e", "#546e7a"
    };

    private NetworkOptions() {}

    public static String kindColour(ActorKind kind) {
        return switch (kind) {
            case PERSON -> "#5c6bc0";
            case INSTITUTION -> "#26a69a";
            case STATE -> "#ef6c00";
            case ORGANIZATION -> "#8d6e63";
        };
    }

    public static String communityColour(int community) {
        return COMMUNITY_PALETTE[Math.floorMod(community, COMMUNITY_PALETTE.length)];
    }

    /** The key of a connection's link, which a click on the link reports. */
    public static ConnectionKey keyOf(Connection c) {
        return new ConnectionKey(
                c.a(),
                c.b(),
                switch (c.kind()) {
                    case INTERACTION -> ConnectionKey.Kind.INTERACTION;
                    case AFFILIATION -> ConnectionKey.Kind.AFFILIATION;
                });
    }

    /** The connection a link's key stands for, if the network has it. */
    public static Optional<Connection> connectionOf(ActorNetwork network, ConnectionKey key) {
        return network.connection(
                key.a(),
                key.b(),
                switch (key.kind()) {
                    case INTERACTION -> ConnectionKind.INTERACTION;
                    case AFFILIATION -> ConnectionKind.AFFILIATION;
                });
    }

    private static String nodeId(ActorId actor) {
        return ChartKeyCodec.encode(new ActorKey(actor));
    }

    /**
     * The option, prepared for sending, with each actor's index in the node data (for highlights) and how many of
     * the network's links it draws.
     */
    public record Built(PreparedOption option, Map<ActorId, Integer> nodeIndex, int linksDrawn, int linksTotal) {

        /** The node indices of those actors that are drawn, ascending. */
        public List<Integer> indicesOf(Collection<ActorId> actors) {
            return actors.stream()
                    .map(nodeIndex::get)
                    .filter(Objects::nonNull)
                    .sorted()
                    .toList();
        }

        /** Whether some links are left out (see {@link #LINK_LIMIT}). */
        public boolean partial() {
            return linksDrawn < linksTotal;
        }
    }

    /** The option with links coloured by kind. */
    public static Built prepare(ActorNetwork network, Dataset d, Metric metric, NodeColouring colouring) {
        return prepare(network, d, metric, colouring, LinkColouring.KIND);
    }

    /** The option with nodes coloured by {@code colouring} and links by {@code links} (see {@link NetworkLinks}). */
    public static Built prepare(
            ActorNetwork network, Dataset d, Metric metric, NodeColouring colouring, LinkColouring links) {
        List<ActorId> actors = network.actors().stream().sorted().toList();
        Map<ActorId, Integer> index = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            index.put(actors.get(i), i);
        }
        double max = actors.stream()
                .mapToDouble(a -> network.metric(metric, a))
                .max()
                .orElse(0);
        double min = actors.stream()
                .mapToDouble(a -> network.metric(metric, a))
                .min()
                .orElse(0);
        Map<ActorId, Point> positions = spread(actors, network);
        List<DataItem> nodes = new ArrayList<>();
        for (ActorId a : actors) {
            var actor = d.actor(a);
            String name = actor.map(Actor::name).orElse(a.value());
            double value = network.metric(metric, a);
            double scaled = max > min ? Math.sqrt((value - min) / (max - min)) : 0.3;
            var point = positions.get(a);
            int category = switch (colouring) {
                case KIND -> actor.map(x -> x.kind().ordinal()).orElse(0);
                case COMMUNITY -> network.community(a);
                case CAMP -> CampColours.category(network.camps().of(a));
            };
            boolean labelled = network.rank(metric, a) <= LABELLED;
            nodes.add(DataItem.node(nodeId(a), name, point.x(), point.y())
                    .withLabel(labelled ? Label.at("right") : Label.hidden())
                    .withSymbolSize(Math.round(MIN_SIZE + scaled * (MAX_SIZE - MIN_SIZE)))
                    .withCategory(category)
                    .withTooltip(tooltip(
                            name,
                            actor.map(x -> x.kind().label()).orElse(""),
                            metric.label() + ": " + NetworkTexts.metricValue(value) + " (rank "
                                    + network.rank(metric, a) + " of " + actors.size() + ")",
                            colouring == NodeColouring.CAMP
                                    ? Optional.of(network.camps()
                                            .of(a)
                                            .map(Camp::label)
                                            .orElse(CampColours.NO_CAMP_LABEL))
                                    : Optional.empty())));
        }
        List<Connection> drawn = drawn(network.connections(), LINK_LIMIT);
        List<Link> lines =
                drawn.stream().map(c -> NetworkLinks.link(c, d, links)).toList();
        List<GraphSeries.Category> categories = switch (colouring) {
            case KIND ->
                Arrays.stream(ActorKind.values())
                        .map(k -> new GraphSeries.Category(k.label(), ItemStyle.color(kindColour(k))))
                        .toList();
            case COMMUNITY ->
                IntStream.range(0, Math.max(network.communityCount(), 1))
                        .mapToObj(i ->
                                new GraphSeries.Category("Community " + (i + 1), ItemStyle.color(communityColour(i))))
                        .toList();
            case CAMP -> CampColours.categories();
        };
        GraphSeries graph = GraphSeries.of(SERIES_ID, nodes, lines)
                .withCategories(categories)
                .withEdgeSymbol("none", "none", 7);
        ChartOption option = ChartOption.of(graph)
                .withTooltip(ChartOption.Tooltip.Trigger.ITEM)
                .withLegend(ChartOption.Legend.at("0", "center"))
                .withAnimation(false);
        return new Built(
                PreparedOption.of(option),
                Map.copyOf(index),
                drawn.size(),
                network.connections().size());
    }

    private static String[] tooltip(String name, String kind, String metric, Optional<String> camp) {
        return camp.map(c -> new String[] {name, kind, metric, c}).orElse(new String[] {name, kind, metric});
    }

    /**
     * The links to draw, at most {@code limit}: all when they fit; else every actor's strongest link first (so no
     * actor that has links looks isolated), then the strongest of the rest. Strength is the number of shared
     * events; ties go to interactions over affiliations, then to the actors' ids, so the choice is stable.
     */
    static List<Connection> drawn(List<Connection> all, int limit) {
        if (all.size() <= limit) {
            return all;
        }
        Comparator<Connection> strongest = Comparator.comparingInt(Connection::weight)
                .reversed()
                .thenComparing(Connection::kind)
                .thenComparing(Connection::a)
                .thenComparing(Connection::b);
        List<Connection> ranked = all.stream().sorted(strongest).toList();
        Set<Connection> chosen = new LinkedHashSet<>();
        Set<ActorId> covered = new HashSet<>();
        for (Connection c : ranked) {
            if (chosen.size() < limit && (covered.add(c.a()) | covered.add(c.b()))) {
                chosen.add(c);
            }
        }
        for (Connection c : ranked) {
            if (chosen.size() >= limit) {
                break;
            }
            chosen.add(c);
        }
        return List.copyOf(chosen);
    }

    /**
     * Spreads a dense core: force layouts of "hub" networks put most actors in a small centre and a few far out,
     * and the chart fits them all, leaving the centre unreadable. Each coordinate is blended with its rank
     * (its quantile among all actors), which keeps every actor's side and order but evens out the density.
     */
    static Map<ActorId, Point> spread(List<ActorId> actors, ActorNetwork network) {
        Map<ActorId, Point> out = new HashMap<>();
        if (actors.size() < 3) {
            actors.forEach(a -> out.put(a, network.layout(a)));
            return out;
        }
        double[] xs =
                actors.stream().mapToDouble(a -> network.layout(a).x()).sorted().toArray();
        double[] ys =
                actors.stream().mapToDouble(a -> network.layout(a).y()).sorted().toArray();
        for (ActorId a : actors) {
            Point p = network.layout(a);
            out.put(a, new Point(ASPECT * blend(p.x(), xs), blend(p.y(), ys)));
        }
        return out;
    }

    private static double blend(double value, double[] sorted) {
        int below = Arrays.binarySearch(sorted, value);
        double quantile = (below < 0 ? -below - 1 : below) / (double) (sorted.length - 1);
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double range = max > min ? max - min : 1;
        return 1000 * (0.35 * (value - min) / range + 0.65 * quantile);
    }
}
