package dev.parley.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void a_kept_value_is_returned_without_building_it_again() {
        LruCache<String, Object> cache = new LruCache<>(2);
        AtomicInteger builds = new AtomicInteger();

        Object first = cache.get("a", () -> new Object[] {builds.incrementAndGet()});
        Object again = cache.get("a", () -> new Object[] {builds.incrementAndGet()});

        assertThat(again).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void the_least_recently_used_value_is_dropped_first() {
        LruCache<String, String> cache = new LruCache<>(2);
        cache.get("a", () -> "a1");
        cache.get("b", () -> "b1");
        cache.get("a", () -> "a2"); // a is now the most recently used
        cache.get("c", () -> "c1"); // drops b

        assertThat(cache.get("a", () -> "a3")).isEqualTo("a1");
        assertThat(cache.get("b", () -> "b2")).isEqualTo("b2");
    }
}
