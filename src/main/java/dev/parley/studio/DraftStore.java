package dev.parley.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curators' drafts on the server, one JSON file each: {@code <drafts>/<curator>/<uuid>.json}, written atomically
 * so a crash leaves the previous version. The curator's folder is the hex SHA-256 of the name and the file name is the
 * draft's UUID, so neither a name nor an id can ever form a path of its own choosing. A file that cannot be read
 * (corrupt, too large, someone else's) is skipped with a log line: one bad draft must not hide the others.
 *
 * <p>Several nodes may share the directory (network storage, see docs/curation.md): a write replaces the file in one
 * rename, so a reader on any node sees the old draft or the new one, never half of it; and writes and removals of a
 * curator's drafts take the curator's lock file ({@code <drafts>/<curator>/.lock}), an OS file lock that other nodes
 * see too, so a removal and a write from two nodes happen one after the other. One lock per curator rather than per
 * draft: a curator's saves are few, and lock files, which cannot safely be deleted, stay one per curator.
 */
final class DraftStore {
    /** A draft holds at most 1 MB of pasted text (three bytes a character at worst) and the forms. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DraftStore.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUFFIX = ".json";
    private static final String LOCK = ".lock";

    private final Path dir;
    private final AtomicFiles files = new AtomicFiles();

    DraftStore(Path dir) {
        this.dir = dir;
    }

    void save(Draft draft) {
        Path file = file(draft.curator(), draft.id());
        byte[] json = JSON.writeValueAsBytes(draft);
        if (json.length > MAX_BYTES) {
            throw new IllegalArgumentException("the draft is too large to keep (" + json.length / (1024 * 1024)
                    + " MB): paste the article alone, at most 1 MB of text");
        }
        locked(draft.curator(), () -> {
            try {
                files.apply(List.of(new AtomicFiles.Change(file, Optional.of(json))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Optional<Draft> find(String curator, String id) {
        return read(file(curator, id), curator);
    }

    /** The curator's drafts, the last changed first. */
    List<Draft> all(String curator) {
        Path folder = folder(curator);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .forEach(f -> read(f, curator).ifPresent(drafts::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        drafts.sort(Comparator.comparing(Draft::updated).reversed());
        return drafts;
    }

    void remove(String curator, String id) {
        Path file = file(curator, id);
        locked(curator, () -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void locked(String curator, Runnable work) {
        Path folder = folder(curator);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SaveLock.onFile(folder.resolve(LOCK), () -> {
            work.run();
            return null;
        });
    }

    private Optional<Draft> read(Path file, String curator) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            if (Files.size(file) > MAX_BYTES) {
                log.warn("Skipping draft {}: larger than {} bytes", file, MAX_BYTES);
                return Optional.empty();
            }
            Draft draft = JSON.readValue(Files.readAllBytes(file), Draft.class);
            if (!draft.curator().equals(curator)
                    || !file.getFileName().toString().equals(draft.id() + SUFFIX)) {
                log.warn("Skipping draft {}: it names another curator or id", file);
                return Optional.empty();
            }
            return Optional.of(draft);
        } catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            log.warn("Skipping draft {}: cannot be read ({})", file, why);
            return Optional.empty();
        }
    }

    private Path file(String curator, String id) {
        return folder(curator).resolve(requireUuid(id) + SUFFIX);
    }

    private Path folder(String curator) {
        return dir.resolve(folderName(curator));
    }

    /** The hex SHA-256 of the curator's name: any name, one safe folder. */
    static String folderName(String curator) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(curator.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The id in its canonical form; anything but a UUID is refused, never turned into a path. */
    static String requireUuid(String id) {
        try {
            if (id != null && UUID.fromString(id).toString().equals(id)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below, with the same message as any other id that is not a UUID
        }
        throw new IllegalArgumentException("a draft id is a UUID such as 3f0c1a52-8d6e-4b7a-9c2d-1e5f6a7b8c9d");
    }
}
