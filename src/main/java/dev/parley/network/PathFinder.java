package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * The k shortest simple paths between two actors over interaction connections, by number of hops, found with
 * JGraphT's {@link YenShortestPathIterator} (Yen 1971) on the unweighted interaction graph. Paths of equal length are
 * ordered by total weight (more shared events first), then by their actor ids in order. So that this order, not the
 * search order, decides which of several equally short paths are kept, the search continues past the k-th path while
 * paths as short keep coming, up to {@value #EXTRA_PATHS} extra. Each path found costs O(n (m + n log n)).
 */
final class PathFinder {
    static final int EXTRA_PATHS = 10;

    private static final Comparator<ActorPath> ORDER = Comparator.comparingInt(ActorPath::length)
            .thenComparing(Comparator.comparingInt(ActorPath::totalWeight).reversed())
            .thenComparing(p ->
                    String.join(" ", p.actors().stream().map(ActorId::value).toList()));

    private PathFinder() {}

    static List<ActorPath> paths(Graph<ActorId, LinkEdge> interactions, ActorId from, ActorId to, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (from.equals(to) || !interactions.containsVertex(from) || !interactions.containsVertex(to)) {
            return List.of();
        }
        YenShortestPathIterator<ActorId, LinkEdge> search =
                new YenShortestPathIterator<>(new AsUnweightedGraph<>(interactions), from, to);
        List<ActorPath> found = new ArrayList<>();
        int kthLength = Integer.MAX_VALUE;
        while (search.hasNext() && found.size() < k + EXTRA_PATHS) {
            ActorPath path = toPath(search.next(), from);
            if (found.size() >= k && path.length() > kthLength) {
                break;
            }
            found.add(path);
            if (found.size() == k) {
                kthLength = path.length();
            }
        }
        found.sort(ORDER);
        return List.copyOf(found.subList(0, Math.min(k, found.size())));
    }

    private static ActorPath toPath(GraphPath<ActorId, LinkEdge> path, ActorId from) {
        List<ActorPath.Hop> hops = new ArrayList<>();
        ActorId at = from;
        for (LinkEdge edge : path.getEdgeList()) {
            Connection via = edge.connection();
            ActorId next = via.other(at);
            hops.add(new ActorPath.Hop(at, next, via));
            at = next;
        }
        return new ActorPath(hops);
    }
}
