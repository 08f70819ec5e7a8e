package dev.parley.chart;

import dev.parley.base.SharedCache;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Built charts shared by every session: fifty people looking at the same network hold one option (and one JSON
 * text), not fifty. Keeps {@value #SIZE} charts of all kinds together. A key names its large immutable input by
 * identity (a dataset, a network: a reload makes new ones, so a stale chart is never met) and the rest by value.
 * Thread-safe; a chart is built once however many sessions ask for it at once (see {@link SharedCache}, which also
 * logs how often charts are reused).
 */
@Service
public class ChartCache {
    static final int SIZE = 48;

    /*
     * Caffeine through SharedCache rather than Spring's @Cacheable: charts are built by lambdas inside the views, not
     * by bean methods a proxy could wrap, and their keys hold a network or dataset by identity, which a SpEL key
     * cannot say.
     */
    private final SharedCache<Key<?>, Object> cache = new SharedCache<>("Chart", SIZE);

    /** The chart for {@code key}, built by {@code build} if it is not kept. */
    public <T> T get(Key<T> key, Supplier<? extends T> build) {
        return key.kind().type().cast(cache.get(key, k -> build.get()));
    }

    /**
     * Drops the charts whose source (the large input a key names by identity) {@code stale} accepts: after a reload,
     * those of the replaced dataset, which are never asked for again and keep what they were built from alive.
     */
    public void dropIfSource(Predicate<Object> stale) {
        cache.dropIf(key -> stale.test(key.source()));
    }

    /** How many charts are kept now. */
    long cached() {
        return cache.size();
    }

    /**
     * A kind of chart and the type its builder returns; the type makes {@link #get} typed, the name keeps two kinds
     * with the same type apart.
     */
    public record Kind<T>(String name, Class<T> type) {
        public Kind {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        /**
         * What a chart of this kind is built from.
         *
         * @param source the large immutable input, compared by identity
         * @param values everything else, compared by value
         */
        public Key<T> key(Object source, Object... values) {
            return new Key<>(this, source, Arrays.asList(values));
        }
    }

    /**
     * What a chart is built from: its kind, the large immutable input (by identity) and everything else (by value).
     */
    public record Key<T>(Kind<T> kind, Object source, List<Object> values) {
        public Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(source, "source");
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key<?> k && k.kind.equals(kind) && k.source == source && k.values.equals(values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, System.identityHashCode(source), values);
        }

        @Override
        public String toString() {
            return kind.name() + values;
        }
    }
}
