package dev.parley.chart;

import dev.parley.base.LruCache;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Built charts shared by every session: fifty people looking at the same network hold one option (and one JSON
 * text), not fifty. Keeps the {@value #SIZE} most recently used. A key names its large immutable inputs by
 * identity (a dataset, a network: a reload makes new ones, so a stale chart is never met) and the rest by value.
 * Thread-safe (see {@link LruCache}).
 */
@Service
public class ChartCache {
    static final int SIZE = 48;

    private final LruCache<Key, Object> cache = new LruCache<>(SIZE);

    /** The chart for {@code key}, built by {@code build} if it is not cached. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Supplier<T> build) {
        return (T) cache.get(key, build);
    }

    /**
     * What a chart is built from.
     *
     * @param kind which chart, e.g. {@code "network"}
     * @param source the large immutable input, compared by identity
     * @param values everything else, compared by value
     */
    public record Key(String kind, Object source, Object... values) {

        public static Key of(String kind, Object source, Object... values) {
            return new Key(kind, source, values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind.equals(kind) && k.source == source && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, System.identityHashCode(source), Arrays.hashCode(values));
        }

        @Override
        public String toString() {
            return kind + Arrays.toString(values);
        }
    }
}
