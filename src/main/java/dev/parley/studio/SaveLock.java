package dev.parley.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer at a time per data directory: a lock per directory in this JVM (file locks are held by the whole JVM, so
 * they cannot keep two of its threads apart), then an exclusive lock on {@code <data>/.studio.lock} against other
 * processes, such as a second server on the same files. The check that the files are still as opened, the writes and
 * the commit all happen under it, so two saves of one article end with one saved and one refused, never mixed.
 * Public so that whatever else changes the data directory's files (the git poller's fast-forward) takes it too.
 */
public final class SaveLock {
    static final String FILE = ".studio.lock";
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private SaveLock() {}

    public static <T> T under(Path dataDir, Supplier<T> work) {
        return onFile(dataDir.resolve(FILE), work);
    }

    /**
     * Runs {@code work} holding {@code lockFile} (created when missing): against other threads of this JVM and, by
     * an OS file lock, against other processes, on other machines too where the file system supports locks (NFSv4).
     */
    static <T> T onFile(Path lockFile, Supplier<T> work) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + key, e);
        } finally {
            lock.unlock();
        }
    }
}
