package dev.parley.gitdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.dataset.DatasetLoader;
import dev.parley.studio.DataRemote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node's clone of the shared data: made, followed, and a save sent, against a bare repository on disk. */
class GitSyncTest {
    private final Path bare = Remotes.bareWith("valid");
    private final Path person = Remotes.personalClone(bare);

    @TempDir
    Path nodes;

    private GitSync sync;

    @AfterEach
    void close() {
        if (sync != null) {
            sync.close();
        }
    }

    private GitDataProperties settings(String branch) {
        return GitDataProperties.of(bare.toString(), branch, Duration.ofSeconds(30));
    }

    private GitSync node(String name) {
        sync = GitSync.start(settings("main"), nodes.resolve(name));
        return sync;
    }

    /** What the studio does before it publishes: write the file and commit only it. */
    private static void commitEdit(Path dataDir, String file, String from, String to)
            throws IOException, GitAPIException {
        Path path = dataDir.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
        try (Git git = Git.open(dataDir.toFile())) {
            git.commit()
                    .setOnly(file)
                    .setMessage("Edit " + file)
                    .setAuthor("Ana", "ana@example.com")
                    .setSign(false)
                    .call();
        }
    }

    @Test
    void the_first_start_clones_the_remote_into_a_missing_data_directory() {
        GitSync node = node("a");

        assertThat(node.workTree().resolve(Remotes.TALKS)).exists();
        assertThat(new DatasetLoader().load(node.workTree()).isValid()).isTrue();
    }

    @Test
    void a_later_start_opens_the_clone_and_catches_up_with_what_was_pushed_meanwhile() throws IOException {
        node("a").close();
        Remotes.pushEdit(person, Remotes.TALKS, Remotes.TALKS_TITLE, "title: \"Talks, retitled\"");

        GitSync again = node("a");

        assertThat(Files.readString(again.workTree().resolve(Remotes.TALKS))).contains("Talks, retitled");
    }

    @Test
    void a_branch_the_remote_does_not_have_stops_the_start_and_names_the_branches_it_has() {
        assertThatThrownBy(() -> GitSync.start(settings("release"), nodes.resolve("a")))
                .hasMessageContaining("has no branch 'release' (parley.data.git-branch); it has: main");
    }

    @Test
    void a_data_directory_with_other_files_is_refused_rather_than_served() throws IOException {
        Files.createDirectories(nodes.resolve("a"));
        Files.writeString(nodes.resolve("a/actors.yaml"), "actors: []\n");

        assertThatThrownBy(() -> node("a")).hasMessageContaining("holds files but is not a git clone");
    }

    @Test
    void a_clone_of_another_remote_is_refused() {
        node("a").close();
        Path other = Remotes.bareWith("valid");

        assertThatThrownBy(() -> GitSync.start(
                        GitDataProperties.of(other.toString(), "main", Duration.ofSeconds(1)), nodes.resolve("a")))
                .hasMessageContaining("is a clone of " + bare + ", not of " + other);
    }

    @Test
    void a_fetch_and_fast_forward_brings_a_pushed_commit_into_the_data_directory() throws IOException {
        GitSync node = node("a");
        Remotes.pushEdit(person, Remotes.CALL, Remotes.CALL_TITLE, "title: Renamed");

        node.fetch();
        boolean moved = node.fastForward();

        assertThat(moved).isTrue();
        assertThat(Files.readString(node.workTree().resolve(Remotes.CALL))).contains("title: Renamed");
        assertThat(node.fastForward()).isFalse();
    }

    @Test
    void a_save_on_an_up_to_date_clone_is_pushed_as_it_is() throws Exception {
        GitSync node = node("a");
        commitEdit(node.workTree(), Remotes.TALKS, Remotes.TALKS_TITLE, "title: \"Talks, saved\"");

        DataRemote.Published published = node.publish(List.of(Remotes.TALKS));

        assertThat(published).isEqualTo(new DataRemote.Pushed(java.util.Optional.empty(), false));
        assertThat(Remotes.onRemote(bare, Remotes.TALKS)).contains("Talks, saved");
    }

    @Test
    void when_the_remote_moved_in_another_file_the_save_is_put_on_top_and_pushed() throws Exception {
        GitSync node = node("a");
        Remotes.pushEdit(person, Remotes.CALL, Remotes.CALL_TITLE, "title: Theirs");
        commitEdit(node.workTree(), Remotes.TALKS, Remotes.TALKS_TITLE, "title: \"Talks, mine\"");

        DataRemote.Published published = node.publish(List.of(Remotes.TALKS));

        assertThat(published).isInstanceOfSatisfying(DataRemote.Pushed.class, p -> {
            assertThat(p.merged()).isTrue();
            assertThat(p.commit()).contains(node.head().name());
        });
        assertThat(Remotes.onRemote(bare, Remotes.TALKS)).contains("Talks, mine");
        assertThat(Remotes.onRemote(bare, Remotes.CALL)).contains("title: Theirs");
        assertThat(Files.readString(node.workTree().resolve(Remotes.CALL))).contains("title: Theirs");
        assertThat(Remotes.commitsOnRemote(bare)).isEqualTo(3);
    }

    @Test
    void when_the_remote_moved_in_the_same_file_nothing_is_pushed_and_the_clone_is_back_at_the_remote()
            throws Exception {
        GitSync node = node("a");
        Remotes.pushEdit(person, Remotes.TALKS, Remotes.TALKS_TITLE, "title: \"Talks, theirs\"");
        commitEdit(node.workTree(), Remotes.TALKS, Remotes.TALKS_TITLE, "title: \"Talks, mine\"");

        DataRemote.Published published = node.publish(List.of(Remotes.TALKS));

        assertThat(published).isEqualTo(new DataRemote.Overlap(List.of(Remotes.TALKS)));
        assertThat(Remotes.onRemote(bare, Remotes.TALKS))
                .contains("Talks, theirs")
                .doesNotContain("mine");
        assertThat(Files.readString(node.workTree().resolve(Remotes.TALKS))).contains("Talks, theirs");
        assertThat(node.fastForward()).isFalse();
    }

    @Test
    void when_the_two_saves_together_would_be_invalid_the_save_is_refused_with_the_problems() throws Exception {
        GitSync node = node("a");
        // Both give an event the same new id, each in its own file: each alone is valid, together they clash.
        Remotes.pushEdit(person, Remotes.CALL, "- id: fixture-phone-call", "- id: clash-event");
        commitEdit(node.workTree(), Remotes.TALKS, "- id: fixture-talks", "- id: clash-event");

        DataRemote.Published published = node.publish(List.of(Remotes.TALKS));

        assertThat(published)
                .isInstanceOfSatisfying(
                        DataRemote.Refused.class, r -> assertThat(r.problems()).isNotEmpty());
        assertThat(Remotes.onRemote(bare, Remotes.TALKS)).doesNotContain("clash-event");
        assertThat(Files.readString(node.workTree().resolve(Remotes.TALKS))).doesNotContain("clash-event");
    }
}
