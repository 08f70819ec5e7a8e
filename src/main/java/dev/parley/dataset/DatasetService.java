package dev.parley.dataset;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The dataset the app shows, kept in step with the data directory. It loads at start and then watches the files:
 * every {@code parley.reload-interval} (default 2 s) it compares a cheap fingerprint (names, sizes, modification
 * times) and reloads once the files have stopped changing for one tick, so a file still being written is not read
 * half-way. A change therefore shows within two or three intervals.
 *
 * <p>Guarantees: {@link #current()} never blocks and always returns a complete state; invalid data (at start or
 * after an edit) never throws and never replaces the last good dataset, it only adds problems; listeners hear of
 * every change. The directory comes from {@code parley.data-dir} (default {@code data}), which the environment
 * variable {@code PARLEY_DATA_DIR} overrides; both settings are read through {@link ParleyProperties}.
 */
@Service
public class DatasetService {
    private static final AtomicInteger WATCHER_NUMBER = new AtomicInteger();
    private volatile String watcherThreadName;
    private static final Logger log = LoggerFactory.getLogger(DatasetService.class);
    private static final int PROBLEMS_LOGGED = 3;

    private final Path dataDir;
    private final Duration reloadInterval;
    private final Clock clock;
    private final DatasetLoader loader = new DatasetLoader();
    private final List<Consumer<DatasetState>> listeners = new CopyOnWriteArrayList<>();
    private final Object reloadLock = new Object();
    private volatile DatasetState state;
    /** Guarded by reloadLock: what the current state was loaded from, and a change waiting to settle. */
    private DataDirFingerprint loadedFrom;

    private DataDirFingerprint pending;
    private ScheduledExecutorService poller;
    private final java.util.concurrent.ExecutorService announcer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "parley-data-announcer");
        thread.setDaemon(true);
        return thread;
    });

    @Autowired
    DatasetService(ParleyProperties settings, ObjectProvider<Clock> clock, ObjectProvider<DataDirSetup> setups) {
        this(prepared(settings.dataDir(), setups), settings.reloadInterval(), clock.getIfAvailable(Clock::systemUTC));
    }

    /** The data directory once every setup has run (a clone of the git remote, for one), so the first load sees it. */
    private static Path prepared(Path dataDir, ObjectProvider<DataDirSetup> setups) {
        setups.orderedStream().forEach(setup -> setup.prepare(dataDir));
        return dataDir;
    }

    /**
     * @param reloadInterval how often to look for changes; zero or negative turns watching off
     */
    DatasetService(Path dataDir, Duration reloadInterval, Clock clock) {
        this.dataDir = dataDir;
        this.reloadInterval = reloadInterval;
        this.clock = clock;
        synchronized (reloadLock) {
            loadedFrom = DataDirFingerprint.of(dataDir);
            LoadResult result = timedLoad();
            state = DatasetState.first(result, clock.instant());
        }
    }

    /** The latest state; cheap, never blocks. */
    public DatasetState current() {
        return state;
    }

    /** The directory this service reads. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Reads the data directory now, whatever the watcher thinks, and notifies listeners if the state changed.
     *
     * @return the new current state
     */
    public DatasetState reload() {
        synchronized (reloadLock) {
            loadedFrom = DataDirFingerprint.of(dataDir);
            pending = null;
            LoadResult result = timedLoad();
            DatasetState previous = state;
            DatasetState next = previous.next(result, clock.instant());
            state = next;
            if (next.version() != previous.version()) {
                notifyListeners(next);
            }
            return next;
        }
    }

    /**
     * Puts in place data that a writer loaded from the files it has just written, holding them (the studio, under its
     * save lock), instead of reading the directory again. Listeners hear of it on a thread of their own, so that the
     * writer does not wait while every open page redraws; a state that is no longer the current one by then is not
     * announced, since the newer one is.
     *
     * @return the new current state
     */
    public DatasetState adopt(LoadResult written) {
        DatasetState next;
        synchronized (reloadLock) {
            loadedFrom = DataDirFingerprint.of(dataDir);
            pending = null;
            DatasetState previous = state;
            next = previous.next(written, clock.instant());
            state = next;
            if (next.version() == previous.version()) {
                return next;
            }
        }
        announcer.execute(() -> {
            if (state == next) {
                notifyListeners(next);
            }
        });
        return next;
    }

    /**
     * Registers a listener called after each reload that changed the dataset or the problems. It runs on the
     * watcher thread (or the caller of {@link #reload()}), in order, and must return quickly: a Vaadin view should
     * hand the state to {@code UI.access}. A listener that throws is logged and does not stop the others.
     *
     * @return removes the listener; a view does this on detach
     */
    public Registration addListener(Consumer<DatasetState> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The name of this service's watcher thread, so tests can tell it from other services' watchers. */
    synchronized String watcherThreadName() {
        return watcherThreadName;
    }

    @PostConstruct
    synchronized void startWatching() {
        if (poller != null || reloadInterval.isZero() || reloadInterval.isNegative()) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "parley-data-watcher-" + WATCHER_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            watcherThreadName = thread.getName();
            return thread;
        });
        long millis = reloadInterval.toMillis();
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void stopWatching() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }

    /** One watcher tick: reload when the fingerprint differs from the loaded one and was the same last tick. */
    void poll() {
        try {
            DataDirFingerprint now = DataDirFingerprint.of(dataDir);
            synchronized (reloadLock) {
                if (now.equals(loadedFrom)) {
                    pending = null;
                    return;
                }
                if (!now.equals(pending)) {
                    pending = now;
                    return;
                }
            }
            reload();
        } catch (RuntimeException e) {
            log.warn("Watching {} failed; will try again", DatasetLoader.display(dataDir), e);
        }
    }

    private LoadResult timedLoad() {
        long start = System.nanoTime();
        LoadResult result = loader.load(dataDir);
        long ms = (System.nanoTime() - start) / 1_000_000;
        String dir = DatasetLoader.display(dataDir);
        if (result.dataset().isPresent()) {
            Dataset d = result.dataset().get();
            log.info(
                    "Loaded {} actors, {} articles, {} events from {} in {} ms",
                    d.actors().size(),
                    d.articles().size(),
                    d.events().size(),
                    dir,
                    ms);
        } else {
            int n = result.problems().size();
            log.warn(
                    "{} {} in {} ({} ms); {}. First: {}",
                    n,
                    n == 1 ? "problem" : "problems",
                    dir,
                    ms,
                    state == null
                            ? "starting with no data"
                            : "keeping the last valid data ("
                                    + state.dataset().events().size() + " events)",
                    oneLine(result.problems().stream()
                            .limit(PROBLEMS_LOGGED)
                            .map(Problem::toString)
                            .collect(Collectors.joining(" | "))));
        }
        return result;
    }

    /**
     * Problem texts quote the data files, which may hold line breaks and other control characters; escaped, they
     * cannot split the log line or forge another one.
     */
    static String oneLine(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                s.append(String.format("\\u%04x", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    private void notifyListeners(DatasetState next) {
        for (Consumer<DatasetState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("A dataset listener failed", e);
            }
        }
    }
}
