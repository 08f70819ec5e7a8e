package dev.parley.network;

import dev.parley.base.SharedCache;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Builds {@link ActorNetwork}s for the views and keeps {@value #CACHE_SIZE} of them, keyed by the dataset instance and
 * the filter, so going back to an earlier selection is instant and the lazily computed metrics and layout are reused.
 * A reloaded dataset is a new instance and so never meets a stale network. Thread-safe; a network is built once
 * however many sessions ask for it at once (see {@link SharedCache}, which also logs how often networks are reused).
 */
@Service
public class NetworkService {
    static final int CACHE_SIZE = 32;

    /*
     * Caffeine through SharedCache rather than Spring's @Cacheable: the key holds the dataset by identity, which a
     * SpEL key cannot say, and a windowed network asks for the all-time one from inside its build, a call to this
     * same object that a caching proxy would not see.
     */
    private final SharedCache<Key, ActorNetwork> cache = new SharedCache<>("Network", CACHE_SIZE);

    /** A dataset by identity (datasets are large and immutable) and a filter by value. */
    private record Key(Dataset dataset, EventFilter filter) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.dataset == dataset && k.filter.equals(filter);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(dataset) + filter.hashCode();
        }
    }

    NetworkService() {}

    /** How many networks are kept now. */
    long cached() {
        return cache.size();
    }

    /**
     * Drops the networks of every dataset but {@code current}: after a reload they hold the replaced datasets alive
     * and are never asked for again.
     */
    public void keepOnly(Dataset current) {
        cache.dropIf(key -> key.dataset != current);
    }

    /** The network of the dataset's events that the filter selects; the same instance for a repeated request. */
    public ActorNetwork network(Dataset dataset, EventFilter filter) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(filter, "filter");
        return cache.get(new Key(dataset, filter), key -> {
            // A time window keeps the positions of the whole range: actors stay where they were while the user
            // scrubs through time (a stable mental map), and a window costs no layout of its own.
            EventFilter allTime = filter.withWindow(TimeWindow.all());
            return (filter.equals(allTime)
                            ? ActorNetwork.of(dataset, filter)
                            : ActorNetwork.of(dataset, filter, network(dataset, allTime)))
                    .computeAll();
        });
    }
}
