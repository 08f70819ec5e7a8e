package dev.parley.chart;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Built charts shared by every session: fifty people looking at the same network hold one option (and one JSON
 * text), not fifty. Keeps the {@value #SIZE} most recently used. A key names its large immutable inputs by
 * identity (a dataset, a network: a reload makes new ones, so a stale chart is never met) and the rest by value.
 * Thread-safe; two sessions asking for the same new chart at once may both build it, and both get the first.
 */
@Service
public class ChartCache {
    static final int SIZE = 48;

    private final Map<Key, Object> cache = new LinkedHashMap<>(SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > SIZE;
        }
    };

    /** The chart for {@code key}, built by {@code build} if it is not cached. */
    @SuppressWarnings("unchecked")
    public <T> T get(Key key, Supplier<T> build) {
        synchronized (cache) {
            Object cached = cache.get(key);
            if (cached != null) {
                return (T) cached;
            }
        }
        T built = Objects.requireNonNull(build.get(), "built chart");
        synchronized (cache) {
            Object raced = cache.putIfAbsent(key, built);
            return raced != null ? (T) raced : built;
        }
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
