package dev.parley.network.ui;

import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.Diverging;
import dev.parley.chart.LineStyle;
import dev.parley.chart.Link;
import dev.parley.dataset.Dataset;
import dev.parley.event.ui.EventText;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.LinkColouring;
import java.util.ArrayList;
import java.util.List;

/**
 * How a connection is drawn as a link of the network chart. An interaction is a line as thick as its number of shared
 * events, with an arrow where its events run one way, grey by kind or, by stance, in the {@link Diverging} colour of
 * its mean score; an interaction without a scored event is light grey and dashed under stance. An affiliation is a
 * thin dashed line either way: a role has no score. Every link's tooltip names the pair, its events and its stance,
 * as plain text lines.
 */
final class NetworkLinks {
    /** Interactions coloured by kind. */
    static final String INTERACTION = "#90a4ae";
    /** Affiliations, whatever the colouring. */
    static final String AFFILIATION = "#b0bec5";
    /**
     * Interactions without a scored event under stance: lighter than any score's colour ends, and dashed, so it is not
     * read as a neutral mean of 0 (solid {@link Diverging#NEUTRAL}).
     */
    static final String UNSCORED = "#c7c7c7";
    /**
     * Stance links are drawn nearly opaque: ECharts draws graph links at half opacity by default, which would wash the
     * scale's colours out towards white and make a mild score look neutral.
     */
    static final double STANCE_OPACITY = 0.9;

    private NetworkLinks() {}

    static Link link(Connection c, Dataset d, LinkColouring colouring) {
        Link link = c.kind() == ConnectionKind.AFFILIATION
                ? Link.between(nodeId(c.a()), nodeId(c.b()))
                : switch (c.direction()) {
                    case A_TO_B -> Link.between(nodeId(c.a()), nodeId(c.b())).directed();
                    case B_TO_A -> Link.between(nodeId(c.b()), nodeId(c.a())).directed();
                    case NONE, BOTH -> Link.between(nodeId(c.a()), nodeId(c.b()));
                };
        return link.withId(ChartKeyCodec.encode(NetworkOptions.keyOf(c)))
                .withLineStyle(style(c, colouring))
                .withTooltip(tooltip(c, d).toArray(String[]::new));
    }

    /** The stroke of a connection's link under a colouring. */
    static LineStyle style(Connection c, LinkColouring colouring) {
        if (c.kind() == ConnectionKind.AFFILIATION) {
            return LineStyle.of(AFFILIATION, 1, LineStyle.Type.DASHED);
        }
        double width = 1 + Math.min(c.weight(), 12) * 0.5;
        if (colouring == LinkColouring.KIND) {
            return LineStyle.of(INTERACTION, width, LineStyle.Type.SOLID);
        }
        return c.tone().mean().stream()
                .mapToObj(mean ->
                        new LineStyle(Diverging.colour(mean), width, LineStyle.Type.SOLID, null, STANCE_OPACITY))
                .findFirst()
                .orElseGet(() -> new LineStyle(UNSCORED, width, LineStyle.Type.DASHED, null, STANCE_OPACITY));
    }

    /**
     * The pair, then for an interaction its events and period, their directions, its mean score, its events by class
     * and its most recent event; for an affiliation the role.
     */
    static List<String> tooltip(Connection c, Dataset d) {
        String a = d.nameOf(c.a());
        String b = d.nameOf(c.b());
        List<String> lines = new ArrayList<>();
        lines.add(a + " — " + b);
        if (c.kind() == ConnectionKind.AFFILIATION) {
            lines.add(c.roleTitle().map(t -> t + " (role)").orElse("Role"));
            return lines;
        }
        String span = NetworkTexts.period(c);
        lines.add(c.weight()
                + (c.weight() == 1 ? " shared event" : " shared events")
                + (span.isEmpty() ? "" : ", " + span));
        lines.add(a + " → " + b + ": " + c.aToB() + ", " + b + " → " + a + ": " + c.bToA());
        lines.add(NetworkTexts.stance(c.tone()));
        String classes = NetworkTexts.byClass(c.tone());
        if (!classes.isEmpty()) {
            lines.add(classes);
        }
        c.events().stream()
                .findFirst()
                .flatMap(d::event)
                .map(latest -> "Latest: " + latest.title() + " (" + EventText.dateOf(latest) + ")")
                .ifPresent(lines::add);
        return lines;
    }

    private static String nodeId(ActorId actor) {
        return ChartKeyCodec.encode(new ActorKey(actor));
    }
}
