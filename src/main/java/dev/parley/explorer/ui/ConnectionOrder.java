package dev.parley.explorer.ui;

import dev.parley.network.Connection;
import java.util.Comparator;
import java.util.List;

/**
 * How the actor panel lists an actor's connections: strongest first (the network's order), or by their mean score.
 * Ordered by score, connections without a scored event (affiliations among them) come last, and equal scores keep
 * the strongest first: the sort is stable over the strongest-first list.
 */
enum ConnectionOrder {
    STRENGTH("Strongest first"),
    COOPERATIVE("Most cooperative"),
    CONFLICTUAL("Most conflictual");

    private final String label;

    ConnectionOrder(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The connections in this order, from a list strongest first ({@code ActorNetwork.connectionsOf}). */
    List<Connection> sort(List<Connection> strongestFirst) {
        if (this == STRENGTH) {
            return strongestFirst;
        }
        Comparator<Connection> byScore =
                Comparator.comparingDouble(c -> c.tone().mean().orElse(Double.NaN));
        Comparator<Connection> scoredFirst =
                Comparator.comparing(c -> c.tone().mean().isEmpty());
        return strongestFirst.stream()
                .sorted(scoredFirst.thenComparing(this == COOPERATIVE ? byScore.reversed() : byScore))
                .toList();
    }
}
