package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.DatasetLoader;
import dev.parley.event.ArticleId;
import dev.parley.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataHistoryTest {
    private static final Curator ANA = new Curator("Ana Lima");
    private static final Instant NOW = Instant.parse("2025-04-02T10:00:00Z");

    @TempDir
    Path repo;

    @TempDir
    Path draftsDir;

    /** A repository with the valid fixture in {@code folder} (empty: the root) and one commit. */
    private Path repositoryWithData(String folder) throws Exception {
        Path data = folder.isEmpty() ? repo : repo.resolve(folder);
        Fixtures.copyTree(ArticleYamlTest.VALID, data);
        Files.writeString(repo.resolve("README.md"), "not data\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent setup = new PersonIdent("Setup", "setup@example.invalid");
            git.commit()
                    .setMessage("Initial data")
                    .setAuthor(setup)
                    .setCommitter(setup)
                    .setSign(false)
                    .call();
        }
        return data;
    }

    private StudioService studio(Path data) {
        return new StudioService(
                data,
                () -> new DatasetLoader().load(data).dataset().orElseThrow(),
                () -> {},
                draftsDir,
                Clock.fixed(NOW, ZoneOffset.UTC),
                new AtomicFiles());
    }

    private static RevCommit head(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    private static boolean clean(Path repo) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            return git.status().call().getUncommittedChanges().isEmpty();
        }
    }

    @Test
    void without_a_repository_history_is_off_and_a_save_works_without_a_commit() throws Exception {
        Fixtures.copyTree(ArticleYamlTest.VALID, repo);

        StudioService studio = studio(repo);
        SaveOutcome outcome = studio.save(StudioDrafts.newArticle("2025-04-02-call"), ANA);

        assertThat(studio.historyEnabled()).isFalse();
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class,
                        saved -> assertThat(saved.commit()).isEmpty());
        assertThat(studio.revert("abc1234", ANA)).isInstanceOf(SaveOutcome.Invalid.class);
    }

    @Test
    void a_save_in_a_data_folder_of_a_repository_is_one_commit_of_exactly_its_files_by_the_curator() throws Exception {
        Path data = repositoryWithData("data");
        Files.writeString(repo.resolve("README.md"), "an unrelated change, not committed by the studio\n");
        StudioService studio = studio(data);

        SaveOutcome outcome = studio.save(StudioDrafts.newArticle("2025-04-02-call"), ANA);

        assertThat(studio.historyEnabled()).isTrue();
        RevCommit commit = head(repo);
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class,
                        saved -> assertThat(saved.commit()).contains(commit.getName()));
        assertThat(commit.getFullMessage()).isEqualTo("Add article 2025-04-02-call: 1 event, 1 new actor");
        assertThat(commit.getAuthorIdent().getName()).isEqualTo("Ana Lima");
        assertThat(commit.getAuthorIdent().getEmailAddress()).isEqualTo(ANA.email());
        assertThat(commit.getCommitterIdent().getName()).isEqualTo("Ana Lima");
        assertThat(commit.getAuthorIdent().getWhenAsInstant()).isEqualTo(NOW);
        List<HistoryEntry> history = studio.history(10);
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().files())
                .containsExactlyInAnyOrder("articles/2025-04-02-call.yaml", "actors.yaml");
        assertThat(history.getFirst().author()).isEqualTo("Ana Lima");
        try (Git git = Git.open(repo.toFile())) {
            assertThat(git.status().call().getModified()).containsExactly("README.md");
        }
    }

    @Test
    void a_delete_at_the_repository_root_is_committed_as_a_removal() throws Exception {
        Path data = repositoryWithData("");
        StudioService studio = studio(data);
        ArticleId talks = ArticleId.of("2025-03-talks");

        SaveOutcome outcome = studio.delete(talks, studio.open(talks).fingerprint(), ANA);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(head(repo).getFullMessage()).isEqualTo("Delete article 2025-03-talks");
        assertThat(clean(repo)).isTrue();
        assertThat(studio.history(1).getFirst().files()).containsExactly("articles/2025-03-talks.yaml");
    }

    @Test
    void a_revert_restores_the_files_of_a_commit_as_a_new_commit() throws Exception {
        Path data = repositoryWithData("data");
        StudioService studio = studio(data);
        String actorsBefore = Files.readString(data.resolve("actors.yaml"));
        SaveOutcome.Saved added = (SaveOutcome.Saved) studio.save(StudioDrafts.newArticle("2025-04-02-call"), ANA);

        SaveOutcome outcome = studio.revert(added.commit().orElseThrow(), new Curator("Bob"));

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(data.resolve("articles/2025-04-02-call.yaml")).doesNotExist();
        assertThat(Files.readString(data.resolve("actors.yaml"))).isEqualTo(actorsBefore);
        RevCommit revert = head(repo);
        assertThat(revert.getFullMessage()).isEqualTo("Revert \"Add article 2025-04-02-call: 1 event, 1 new actor\"");
        assertThat(revert.getAuthorIdent().getName()).isEqualTo("Bob");
        assertThat(clean(repo)).isTrue();
    }

    @Test
    void a_revert_of_files_a_later_commit_changed_is_a_conflict_and_writes_nothing() throws Exception {
        Path data = repositoryWithData("data");
        StudioService studio = studio(data);
        SaveOutcome.Saved added = (SaveOutcome.Saved) studio.save(StudioDrafts.newArticle("2025-04-02-call"), ANA);
        ArticleId call = ArticleId.of("2025-04-02-call");
        OpenedArticle opened = studio.open(call);
        ArticleForm f = opened.form();
        ArticleForm changed = new ArticleForm(f.id(), "New title", f.outlet(), f.url(), f.published(), "", f.events());
        assertThat(studio.save(StudioDrafts.edit(call.value(), opened, changed), ANA))
                .isInstanceOf(SaveOutcome.Saved.class);
        String later = head(repo).getName();

        SaveOutcome outcome = studio.revert(added.commit().orElseThrow(), ANA);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Conflict.class, c -> assertThat(c.message()).contains("changed after that commit"));
        assertThat(head(repo).getName()).isEqualTo(later);
        assertThat(data.resolve("articles/2025-04-02-call.yaml")).exists();
    }

    @Test
    void a_revert_whose_result_would_not_load_is_invalid_and_writes_nothing() throws Exception {
        Path data = repositoryWithData("data");
        StudioService studio = studio(data);
        // First the new actor alone, then an article that uses it: reverting the actor would leave the article
        // with an unknown actor.
        Draft withActor = StudioDrafts.newArticle("2025-04-02-call");
        SaveOutcome.Saved first = (SaveOutcome.Saved) studio.save(withActor, ANA);
        Draft second = StudioDrafts.draft(
                Optional.empty(),
                "",
                "",
                StudioDrafts.TEXT,
                StudioDrafts.article("2025-04-03-again", "2025-04-03-again-call"),
                List.of());
        assertThat(studio.save(second, ANA)).isInstanceOf(SaveOutcome.Saved.class);
        String later = head(repo).getName();

        SaveOutcome outcome = studio.revert(first.commit().orElseThrow(), ANA);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Invalid.class,
                        invalid -> assertThat(invalid.problems())
                                .anySatisfy(p -> assertThat(p.message()).contains("new-envoy")));
        assertThat(head(repo).getName()).isEqualTo(later);
        assertThat(data.resolve("articles/2025-04-02-call.yaml")).exists();
    }

    @Test
    void a_commit_id_that_is_not_one_is_refused() throws Exception {
        StudioService studio = studio(repositoryWithData("data"));

        assertThat(studio.revert("HEAD~1", ANA)).isInstanceOf(SaveOutcome.Invalid.class);
        assertThat(studio.revert("0123456789abcdef0123456789abcdef01234567", ANA))
                .isInstanceOf(SaveOutcome.Invalid.class);
    }

    @Test
    void a_data_directory_that_does_not_exist_has_history_off() {
        assertThat(DataHistory.of(repo.resolve("missing")).enabled()).isFalse();
    }
}
