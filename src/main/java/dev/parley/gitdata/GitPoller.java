package dev.parley.gitdata;

import dev.parley.dataset.DatasetService;
import dev.parley.studio.DataRemote;
import dev.parley.studio.SaveLock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code parley.data.git-poll}, fetches the remote, fast-forwards the data directory and reloads the dataset
 * when the commit changed. The reload is the dataset service's usual one: an invalid commit adds problems and keeps
 * the last good data, until a valid one arrives. The work runs under the studio's save lock, so a fast-forward never
 * changes files between a save's conflict check and its commit.
 */
final class GitPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GitPoller.class);

    private final GitSync sync;
    private final DatasetService datasets;
    private final Duration interval;
    private ScheduledExecutorService executor;
    /** The commit the dataset was last read at (by this poller, or before it started). */
    private ObjectId loaded;

    GitPoller(GitSync sync, DatasetService datasets, Duration interval) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.loaded = sync.head();
    }

    synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "parley-git-poller");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    /**
     * One tick. It compares the commit with the one last loaded, not with what this tick fetched, so that it also
     * reloads after a save that caught up with other nodes' commits and was then refused; a commit this node's own
     * save pushed is not reloaded, since the save put its data in place already.
     */
    void poll() {
        try {
            ObjectId head = SaveLock.under(datasets.dataDir(), () -> {
                sync.catchUp();
                return sync.head();
            });
            if (!head.equals(loaded)) {
                loaded = head;
                if (!head.equals(sync.published())) {
                    datasets.reload();
                }
            }
        } catch (DataRemote.Unavailable e) {
            log.warn("Following the data remote failed; serving the data as it is, will try again: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Following the data remote failed; will try again", e);
        }
    }
}
