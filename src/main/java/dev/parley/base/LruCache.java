package dev.parley.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Keeps the {@code size} most recently used values. Thread-safe; a value is built outside the lock, so a slow build
 * (a network, a chart) never blocks readers of other keys, and two threads asking for the same new key at once may
 * both build it, but both get the one that was stored first.
 */
public final class LruCache<K, V> {
    private final Map<K, V> values;

    public LruCache(int size) {
        this.values = new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The value for {@code key}, built by {@code build} if it is not kept. */
    public V get(K key, Supplier<? extends V> build) {
        synchronized (values) {
            V kept = values.get(key);
            if (kept != null) {
                return kept;
            }
        }
        V built = Objects.requireNonNull(build.get(), "built value");
        synchronized (values) {
            V raced = values.putIfAbsent(key, built);
            return raced != null ? raced : built;
        }
    }
}
