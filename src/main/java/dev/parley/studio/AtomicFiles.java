package dev.parley.studio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes and removes data files so that a crash or a failure in the middle leaves the old files: every new content
 * goes to a hidden temporary file in the same directory, is forced to disk, and is then renamed over the target in
 * one atomic step. A change of several files prepares every temporary file first, then renames them one by one; when
 * a rename fails, the files already changed are put back as they were. Temporary files never outlive a call, and
 * their names ({@code .studio-*.tmp}) are ones the loader does not read.
 */
final class AtomicFiles {
    /** The one step that replaces a file; a test makes it fail to see that the old files come back. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** A file's new content, or empty to remove it. */
    record Change(Path file, Optional<byte[]> content) {
        Change {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(content, "content");
        }
    }

    static final Mover ATOMIC_MOVE =
            (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    private final Mover mover;

    AtomicFiles() {
        this(ATOMIC_MOVE);
    }

    AtomicFiles(Mover mover) {
        this.mover = mover;
    }

    /** Applies every change, or none: on an exception the files are as they were before the call. */
    void apply(List<Change> changes) throws IOException {
        List<Path> temporary = new ArrayList<>();
        try {
            List<Optional<byte[]>> old = new ArrayList<>();
            List<Path> prepared = new ArrayList<>();
            for (Change change : changes) {
                old.add(
                        Files.exists(change.file())
                                ? Optional.of(Files.readAllBytes(change.file()))
                                : Optional.empty());
                Path tmp = temporaryFor(change.file(), temporary);
                if (change.content().isPresent()) {
                    writeForced(tmp, change.content().get());
                }
                prepared.add(tmp);
            }
            for (int i = 0; i < changes.size(); i++) {
                Change change = changes.get(i);
                try {
                    if (change.content().isPresent()) {
                        mover.move(prepared.get(i), change.file());
                    } else if (old.get(i).isPresent()) {
                        mover.move(change.file(), prepared.get(i));
                    }
                } catch (IOException | RuntimeException e) {
                    restore(changes.subList(0, i), old, temporary, e);
                    throw e;
                }
            }
        } finally {
            for (Path tmp : temporary) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private void restore(List<Change> done, List<Optional<byte[]>> old, List<Path> temporary, Exception cause) {
        for (int i = done.size() - 1; i >= 0; i--) {
            Path file = done.get(i).file();
            try {
                if (old.get(i).isPresent()) {
                    Path tmp = temporaryFor(file, temporary);
                    writeForced(tmp, old.get(i).get());
                    mover.move(tmp, file);
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private static Path temporaryFor(Path file, List<Path> temporary) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".studio-", ".tmp");
        temporary.add(tmp);
        return tmp;
    }

    /** Writes and forces the bytes to the disk, so the rename that follows never exposes a file still in a cache. */
    static void writeForced(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }
}
