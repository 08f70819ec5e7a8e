package dev.parley.network;

import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The JGraphT edge behind a {@link Connection}. As JGraphT advises, its identity does not depend on its ends (it is
 * not value-equal); it only carries the connection it stands for. The weight lives in the graph.
 */
final class LinkEdge extends DefaultWeightedEdge {
    private static final long serialVersionUID = 1L;

    private final transient Connection connection;

    LinkEdge(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }
}
