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
 */
final class SaveLock {
    static final String FILE = ".studio.lock";
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private SaveLock() {}

    static <T> T under(Path dataDir, Supplier<T> work) {
        Path key = dataDir.toAbsolutePath().normalize();
        ReentrantLock lock = LOCKS.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try (FileChannel channel =
                        FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + key.resolve(FILE), e);
        } finally {
            lock.unlock();
        }
    }
}
