package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.Map;

/** Package internals for the benchmark (test code only): exact path centrality whatever the network's size. */
public final class NetworkInternals {
    private NetworkInternals() {}

    /** Exact betweenness and closeness (every actor a source), as {@code [betweenness, closeness]}. */
    @SuppressWarnings("unchecked")
    public static Map<ActorId, Double>[] exactPathCentrality(ActorNetwork network) {
        PathCentrality exact = PathCentrality.of(network.interactionGraph(), Integer.MAX_VALUE);
        return new Map[] {exact.betweenness(), exact.closeness()};
    }
}
