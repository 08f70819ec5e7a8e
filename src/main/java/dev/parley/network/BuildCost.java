package dev.parley.network;

import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;

/**
 * For the benchmark: the network build without scoring its connections, the baseline against which the cost of
 * the connections' {@link Tone} is measured ({@code network.whole.tone_overhead_pct} in {@code bench/run}). The app
 * never builds an untoned network.
 */
public final class BuildCost {
    private BuildCost() {}

    /** Builds the connections as {@link ActorNetwork#of} does, leaving every tone empty. */
    public static ActorNetwork withoutTone(Dataset dataset, EventFilter filter) {
        return new NetworkBuilder(dataset, filter, false).build();
    }
}
