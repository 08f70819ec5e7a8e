package dev.parley.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@Timeout(10)
@ExtendWith(OutputCaptureExtension.class)
class SharedCacheTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final AtomicInteger builds = new AtomicInteger();
    private final CountDownLatch building = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        release.countDown();
        pool.shutdownNow();
    }

    /** A build that holds on until the test releases it, so a second request surely meets it half-way. */
    private Object slowBuild(String key) {
        builds.incrementAndGet();
        building.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Object();
    }

    @Test
    void a_value_is_built_once_when_two_threads_ask_for_it_at_once() throws Exception {
        SharedCache<String, Object> cache = new SharedCache<>("Test", 4);
        Future<Object> first = pool.submit(() -> cache.get("a", this::slowBuild));
        building.await();
        Future<Object> second = pool.submit(() -> cache.get("a", this::slowBuild));
        // the second request has met the build in progress once it has counted as a hit
        await().until(() -> cache.stats().hitCount() == 1);
        release.countDown();

        assertThat(second.get()).isSameAs(first.get());
        assertThat(builds).hasValue(1);
    }

    @Test
    void a_slow_build_holds_up_no_other_key() throws Exception {
        SharedCache<String, Object> cache = new SharedCache<>("Test", 4);
        Future<Object> slow = pool.submit(() -> cache.get("slow", this::slowBuild));
        building.await();

        assertThat(cache.get("quick", key -> "built")).isEqualTo("built");
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get()).isNotNull();
    }

    @Test
    void a_build_may_ask_for_another_key() {
        SharedCache<String, String> cache = new SharedCache<>("Test", 4);

        String windowed = cache.get("2024", key -> "within " + cache.get("all", all -> "everything"));

        assertThat(windowed).isEqualTo("within everything");
        assertThat(cache.get("all", all -> "built again")).isEqualTo("everything");
    }

    @Test
    void a_failed_build_is_not_kept_and_those_waiting_for_it_get_its_exception() throws Exception {
        SharedCache<String, Object> cache = new SharedCache<>("Test", 4);
        Future<Object> first = pool.submit(() -> cache.get("a", key -> {
            slowBuild(key);
            throw new IllegalStateException("broken data");
        }));
        building.await();
        Future<Object> second = pool.submit(() -> cache.get("a", key -> "never built"));
        await().until(() -> cache.stats().hitCount() == 1);
        release.countDown();

        for (Future<Object> f : List.of(first, second)) {
            assertThatThrownBy(f::get)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("broken data");
        }
        await().until(() -> cache.size() == 0);
        assertThat(cache.get("a", key -> "built after all")).isEqualTo("built after all");
    }

    @Test
    void the_cache_keeps_no_more_values_than_its_size() {
        SharedCache<Integer, String> cache = new SharedCache<>("Test", 3);
        for (int i = 0; i < 20; i++) {
            cache.get(i, String::valueOf);
        }

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.stats().evictionCount()).isEqualTo(17);
    }

    @Test
    void requests_hits_and_builds_are_counted() {
        SharedCache<String, String> cache = new SharedCache<>("Test", 4);
        cache.get("a", key -> "A");
        cache.get("a", key -> "A again");
        cache.get("a", key -> "A again");
        cache.get("b", key -> "B");

        assertThat(cache.stats().requestCount()).isEqualTo(4);
        assertThat(cache.stats().hitCount()).isEqualTo(2);
        assertThat(cache.stats().loadSuccessCount()).isEqualTo(2);
    }

    @Test
    void the_statistics_are_logged_once_per_interval_while_the_cache_is_used(CapturedOutput output) {
        AtomicLong nanos = new AtomicLong();
        SharedCache<String, String> cache = new SharedCache<>("Test", 4, Duration.ofMinutes(10), nanos::get);
        cache.get("a", key -> "A");
        cache.get("a", key -> "A");
        assertThat(output.getOut()).doesNotContain("Test cache");

        nanos.addAndGet(TimeUnit.MINUTES.toNanos(10));
        cache.get("a", key -> "A");
        cache.get("b", key -> "B");
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(1));
        cache.get("a", key -> "A");

        assertThat(output.getOut().lines().filter(l -> l.contains("Test cache")))
                .singleElement()
                .asString()
                .contains(
                        "INFO",
                        "Test cache, last 10 min: 3 requests, 66.7% hits, 1 built (",
                        "0 failed",
                        "0 dropped; 1 of 4 kept");
    }

    @Test
    void dropping_by_key_removes_only_the_values_whose_keys_match() {
        SharedCache<String, Object> cache = new SharedCache<>("Test", 10);
        Object kept = cache.get("new:a", k -> new Object());
        cache.get("old:a", k -> new Object());
        cache.get("old:b", k -> new Object());

        cache.dropIf(key -> key.startsWith("old:"));

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("new:a", k -> new Object())).isSameAs(kept);
    }
}
