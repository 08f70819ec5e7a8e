package dev.parley.network;

/**
 * How important an actor is in the interaction network. All metrics read the interaction edges only, as an
 * undirected graph; actors that are in the network only through an affiliation score 0. The exact definitions are in
 * {@code docs/network.md}.
 */
public enum Metric {
    DEGREE("Connections", "Has dealt directly with many different actors."),
    WEIGHTED_DEGREE(
            "Shared events", "Takes part in many events together with other actors: busy, whoever the counterpart."),
    BETWEENNESS("Betweenness", "Lies on many of the shortest routes between other actors: a broker or go-between."),
    CLOSENESS("Closeness", "Reaches the other actors in few steps: close to the centre of the network."),
    PAGERANK("PageRank", "Deals often with actors who are themselves well connected: influential.");

    private final String label;
    private final String explanation;

    Metric(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    /** A short name for menus and column headers. */
    public String label() {
        return label;
    }

    /** One sentence saying what a high value means. */
    public String explanation() {
        return explanation;
    }
}
