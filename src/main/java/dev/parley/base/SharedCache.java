package dev.parley.base;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values that are costly to build and the same for every session (networks, charts), kept in a Caffeine cache of a
 * fixed size. When it is full, Caffeine drops the entry least likely to be asked for again (it weighs how recently
 * and how often each was used), not simply the oldest.
 *
 * <p>Guarantees: a value is built at most once per key, however many threads ask for it at once; the first builds
 * it on its own thread and the others wait for that build only, never for the build of another key. A build that
 * throws is not kept: the threads waiting for it get its exception and the next request builds again. A build may
 * ask this cache for another key (a network asks for the network it takes its positions from), never for its own.
 *
 * <p>Hit statistics are logged at INFO, at most one line every {@value #REPORT_MINUTES} minutes and only while the
 * cache is in use: enough to tell whether the size fits the traffic (many drops and a low hit rate say it does not)
 * without a line per request.
 *
 * @param <K> the key; its {@code equals} decides what counts as the same request
 * @param <V> the value, never {@code null}
 */
public final class SharedCache<K, V> {
    static final int REPORT_MINUTES = 10;
    private static final Logger log = LoggerFactory.getLogger(SharedCache.class);

    private final String name;
    private final int maximumSize;
    /*
     * An AsyncCache rather than Caffeine's synchronous Cache: its get(key, build) builds inside the hash map's
     * compute, which holds a lock on the key's bin for the whole build (other keys that share the bin wait for a
     * network layout they never asked for) and forbids a build that asks the cache for another key. Here the map
     * only holds the first asker's future, which that thread completes outside any lock.
     */
    private final AsyncCache<K, V> cache;
    private final Ticker ticker;
    private final long reportEveryNanos;
    private final AtomicLong nextReport;
    /** Written only by the thread that won {@link #nextReport}. */
    private volatile CacheStats reported = CacheStats.empty();

    private volatile long reportedAt;

    /**
     * @param name what the values are, for the log ("Network", "Chart")
     * @param maximumSize how many values are kept at most
     */
    public SharedCache(String name, int maximumSize) {
        this(name, maximumSize, Duration.ofMinutes(REPORT_MINUTES), Ticker.systemTicker());
    }

    SharedCache(String name, int maximumSize, Duration reportEvery, Ticker ticker) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("a cache keeps at least one value: " + maximumSize);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.maximumSize = maximumSize;
        this.cache =
                Caffeine.newBuilder().maximumSize(maximumSize).recordStats().buildAsync();
        this.ticker = ticker;
        this.reportEveryNanos = reportEvery.toNanos();
        this.reportedAt = ticker.read();
        this.nextReport = new AtomicLong(reportedAt + reportEveryNanos);
    }

    /**
     * The value for {@code key}: the kept one, the one another thread is building (waiting for it), or one built
     * now by {@code build}.
     *
     * @throws RuntimeException what the build threw, on this thread and on every thread that waited for it
     */
    public V get(K key, Function<? super K, ? extends V> build) {
        Objects.requireNonNull(key, "key");
        CompletableFuture<V> mine = new CompletableFuture<>();
        boolean[] asked = {false};
        CompletableFuture<V> kept = cache.get(key, (k, executor) -> {
            asked[0] = true;
            return mine;
        });
        if (asked[0]) {
            try {
                mine.complete(Objects.requireNonNull(build.apply(key), "built value"));
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        }
        reportIfDue();
        try {
            return kept.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Drops the values whose keys {@code stale} accepts, such as those built from data a reload replaced. Nothing asks
     * for them again, yet a cache drops a value only when it needs the room, and each one holds what it was built
     * from: a cache of 32 networks kept up to 32 replaced datasets alive (the soak in docs/reliability.md found it).
     */
    public void dropIf(Predicate<? super K> stale) {
        Objects.requireNonNull(stale, "stale");
        cache.synchronous().asMap().keySet().removeIf(stale);
    }

    /** Requests, hits, builds and drops since the cache was made. */
    public CacheStats stats() {
        return cache.synchronous().stats();
    }

    /** How many values are kept now (or being built), after any pending drop. */
    public long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }

    private void reportIfDue() {
        long now = ticker.read();
        long due = nextReport.get();
        if (now - due < 0 || !nextReport.compareAndSet(due, now + reportEveryNanos)) {
            return;
        }
        CacheStats total = stats();
        CacheStats period = total.minus(reported);
        long minutes = Math.max(1, Math.round((now - reportedAt) / 60e9));
        reported = total;
        reportedAt = now;
        long built = period.loadSuccessCount();
        log.info(
                "{} cache, last {} min: {} requests, {} hits, {} built ({} ms each on average), {} failed,"
                        + " {} dropped; {} of {} kept",
                name,
                minutes,
                period.requestCount(),
                String.format(Locale.ROOT, "%.1f%%", 100 * period.hitRate()),
                built,
                built == 0 ? 0 : period.totalLoadTime() / built / 1_000_000,
                period.loadFailureCount(),
                period.evictionCount(),
                size(),
                maximumSize);
    }
}
