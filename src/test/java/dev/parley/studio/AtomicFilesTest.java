package dev.parley.studio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path data;

    private Path article;
    private Path actors;

    @BeforeEach
    void oldFiles() throws IOException {
        Files.createDirectories(data.resolve("articles"));
        article = data.resolve("articles/a.yaml");
        actors = data.resolve("actors.yaml");
        Files.writeString(article, "old article");
        Files.writeString(actors, "old actors");
    }

    /** A mover that does the real move until its {@code failAt}-th call (1-based), which fails. */
    private static AtomicFiles.Mover failingAt(int failAt) {
        AtomicInteger calls = new AtomicInteger();
        return (from, to) -> {
            if (calls.incrementAndGet() == failAt) {
                throw new IOException("simulated failure: disk full");
            }
            AtomicFiles.ATOMIC_MOVE.move(from, to);
        };
    }

    private static AtomicFiles.Change write(Path file, String text) {
        return new AtomicFiles.Change(file, Optional.of(text.getBytes(UTF_8)));
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void when_the_second_rename_fails_the_first_file_is_restored_and_no_temporary_file_is_left() throws IOException {
        AtomicFiles files = new AtomicFiles(failingAt(2));

        assertThatThrownBy(() -> files.apply(List.of(write(article, "new article"), write(actors, "new actors"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("simulated failure");

        assertThat(Files.readString(article)).isEqualTo("old article");
        assertThat(Files.readString(actors)).isEqualTo("old actors");
        assertThat(allFiles()).containsExactly(actors, article);
    }

    @Test
    void when_a_rename_fails_a_file_that_did_not_exist_is_removed_again() throws IOException {
        Path created = data.resolve("articles/new.yaml");

        assertThatThrownBy(() -> new AtomicFiles(failingAt(2))
                        .apply(List.of(write(created, "new"), write(actors, "new actors"))))
                .isInstanceOf(IOException.class);

        assertThat(allFiles()).containsExactly(actors, article);
    }

    @Test
    void when_a_removal_fails_after_a_write_both_files_are_as_before() throws IOException {
        Path renamed = data.resolve("articles/b.yaml");

        assertThatThrownBy(() -> new AtomicFiles(failingAt(2))
                        .apply(List.of(write(renamed, "moved"), new AtomicFiles.Change(article, Optional.empty()))))
                .isInstanceOf(IOException.class);

        assertThat(allFiles()).containsExactly(actors, article);
        assertThat(Files.readString(article)).isEqualTo("old article");
    }

    @Test
    void when_the_first_rename_fails_nothing_changes() throws IOException {
        assertThatThrownBy(() -> new AtomicFiles(failingAt(1)).apply(List.of(write(article, "new"))))
                .isInstanceOf(IOException.class);

        assertThat(Files.readString(article)).isEqualTo("old article");
        assertThat(allFiles()).containsExactly(actors, article);
    }

    @Test
    void without_a_failure_every_file_is_written_or_removed() throws IOException {
        Path added = data.resolve("articles/b.yaml");

        new AtomicFiles()
                .apply(List.of(
                        write(added, "b"),
                        write(actors, "new actors"),
                        new AtomicFiles.Change(article, Optional.empty())));

        assertThat(allFiles()).containsExactly(actors, added);
        assertThat(Files.readString(added)).isEqualTo("b");
        assertThat(Files.readString(actors)).isEqualTo("new actors");
    }
}
