package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
    @TempDir
    Path dir;

    private Draft draft(String curator, Instant updated) {
        return new Draft(
                UUID.randomUUID().toString(),
                curator,
                Optional.of("2025-03-talks"),
                "ab",
                "original\ntext",
                "pasted \u0000 <script> text 🕊️",
                StudioDrafts.article("a", "a-e"),
                List.of(StudioDrafts.envoy()),
                Set.of("actor:trump"),
                updated);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            // The curator's lock file (.lock) is not a draft.
            return all.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .toList();
        }
    }

    @Test
    void an_id_that_is_not_a_uuid_is_refused_and_never_becomes_a_path() {
        DraftStore store = new DraftStore(dir);
        for (String id : new String[] {"../x", "", "x", "/etc/passwd", "3F0C1A52-8D6E-4B7A-9C2D-1E5F6A7B8C9D"}) {
            assertThatThrownBy(() -> store.find("ana", id)).as(id).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.remove("ana", id)).as(id).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_corrupt_or_oversized_draft_is_skipped_and_the_others_still_read() throws IOException {
        DraftStore store = new DraftStore(dir);
        Draft good = draft("ana", Instant.EPOCH);
        store.save(good);
        Path folder = dir.resolve(DraftStore.folderName("ana"));
        Files.writeString(folder.resolve(UUID.randomUUID() + ".json"), "{not json");
        try (RandomAccessFile big =
                new RandomAccessFile(folder.resolve(UUID.randomUUID() + ".json").toFile(), "rw")) {
            big.setLength(DraftStore.MAX_BYTES + 1);
        }

        assertThat(store.all("ana")).containsExactly(good);
    }

    @Test
    void a_draft_file_copied_into_another_curators_folder_is_not_theirs() throws IOException {
        DraftStore store = new DraftStore(dir);
        Draft anas = draft("ana", Instant.EPOCH);
        store.save(anas);
        Path bobs = Files.createDirectories(dir.resolve(DraftStore.folderName("bob")));
        Files.copy(
                dir.resolve(DraftStore.folderName("ana")).resolve(anas.id() + ".json"),
                bobs.resolve(anas.id() + ".json"));

        assertThat(store.all("bob")).isEmpty();
        assertThat(store.find("bob", anas.id())).isEmpty();
    }

    @Test
    void drafts_round_trip_exactly_newest_first_in_a_folder_per_curator() throws IOException {
        DraftStore store = new DraftStore(dir);
        Draft older = draft("../Ana", Instant.parse("2025-01-01T00:00:00Z"));
        Draft newer = draft("../Ana", Instant.parse("2025-02-01T00:00:00Z"));
        store.save(older);
        store.save(newer);

        assertThat(store.all("../Ana")).containsExactly(newer, older);
        assertThat(store.find("../Ana", older.id())).contains(older);
        assertThat(files())
                .allSatisfy(
                        f -> assertThat(f.getParent().getFileName().toString()).matches("[0-9a-f]{64}"));
        assertThat(files()).hasSize(2);

        store.remove("../Ana", older.id());

        assertThat(store.all("../Ana")).containsExactly(newer);
    }

    @Test
    void two_nodes_sharing_the_directory_read_each_others_drafts_whole_while_they_are_rewritten() throws Exception {
        DraftStore nodeA = new DraftStore(dir);
        DraftStore nodeB = new DraftStore(dir);
        Draft first = draft("ana", Instant.parse("2025-01-01T00:00:00Z"));
        Draft second = new Draft(
                first.id(),
                "ana",
                first.editing(),
                first.fingerprint(),
                first.original(),
                "x".repeat(200_000),
                first.article(),
                first.newActors(),
                first.dismissed(),
                Instant.parse("2025-01-02T00:00:00Z"));
        nodeA.save(first);

        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<?> writes = writer.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    nodeA.save(i % 2 == 0 ? second : first);
                }
            });
            while (!writes.isDone()) {
                // Never missing, never half written: the old version or the new one.
                assertThat(nodeB.find("ana", first.id()))
                        .hasValueSatisfying(d -> assertThat(d).isIn(first, second));
            }
            writes.get();
        } finally {
            writer.shutdownNow();
        }
        nodeB.remove("ana", first.id());
        assertThat(nodeA.all("ana")).isEmpty();
    }
}
