package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.DatasetLoader;
import dev.parley.event.ArticleId;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save does with the shared data's answer (the git side is {@code GitSyncTest}'s): a commit another node
 * overlapped is the usual conflict, an unreachable remote refuses the save, and the draft is never lost.
 */
class StudioRemoteTest {
    private static final Curator ANA = new Curator("Ana");
    private static final ArticleId TALKS = ArticleId.of("2025-03-talks");

    @TempDir
    Path data;

    @TempDir
    Path draftsDir;

    private final AtomicInteger reloads = new AtomicInteger();
    private final AtomicInteger catchUps = new AtomicInteger();

    @BeforeEach
    void copy() {
        Fixtures.copyTree(ArticleYamlTest.VALID, data);
    }

    /** A remote that is always caught up with and answers a publish with {@code answer}. */
    private StudioService studio(Function<List<String>, DataRemote.Published> answer, boolean reachable) {
        DataRemote remote = new DataRemote() {
            @Override
            public void catchUp() {
                catchUps.incrementAndGet();
                if (!reachable) {
                    throw new Unavailable("cannot fetch /srv/data.git: connection refused", null);
                }
            }

            @Override
            public Published publish(List<String> files) {
                return answer.apply(files);
            }
        };
        return new StudioService(
                data,
                () -> new DatasetLoader().load(data).dataset().orElseThrow(),
                reloads::incrementAndGet,
                loaded -> reloads.incrementAndGet(),
                draftsDir,
                Clock.fixed(Instant.parse("2025-04-02T10:00:00Z"), ZoneOffset.UTC),
                new AtomicFiles(),
                remote);
    }

    private void write(String file, String text) {
        try {
            Files.writeString(data.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_save_another_node_overlapped_while_it_was_sent_is_the_usual_conflict_and_the_draft_stays()
            throws IOException {
        String theirs = Files.readString(data.resolve("articles/2025-03-talks.yaml"))
                .replace("location: Jeddah", "location: Riyadh");
        // As GitSync does on an overlap: the clone is back at the remote, which has the other node's version.
        StudioService studio = studio(
                files -> {
                    write("articles/2025-03-talks.yaml", theirs);
                    return new DataRemote.Overlap(List.of("articles/2025-03-talks.yaml"));
                },
                true);
        OpenedArticle opened = studio.open(TALKS);
        Draft draft = studio.keep(StudioDrafts.edit(
                TALKS.value(),
                opened,
                opened.form().withEvents(opened.form().events().subList(0, 1))));

        SaveOutcome outcome = studio.save(draft, ANA);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.message())
                    .startsWith("articles/2025-03-talks.yaml was changed on another node")
                    .contains("your draft is kept");
            assertThat(conflict.changes()).contains("-    location: Jeddah", "+    location: Riyadh");
        });
        assertThat(studio.draft(new Curator(draft.curator()), draft.id())).isPresent();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void a_remote_that_cannot_be_reached_refuses_the_save_before_anything_is_written() {
        StudioService studio = studio(files -> new DataRemote.Pushed(java.util.Optional.empty(), false), false);

        SaveOutcome outcome = studio.save(StudioDrafts.newArticle("2025-04-02-call"), ANA);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Invalid.class,
                        invalid -> assertThat(invalid.problems().getFirst().message())
                                .contains("cannot be reached, so nothing was saved and your draft is kept")
                                .contains("connection refused"));
        assertThat(data.resolve("articles/2025-04-02-call.yaml")).doesNotExist();
    }

    @Test
    void a_save_put_on_top_of_another_nodes_commit_reports_the_commit_the_remote_has() {
        StudioService studio = studio(files -> new DataRemote.Pushed(java.util.Optional.of("abc1234"), true), true);

        SaveOutcome outcome = studio.save(StudioDrafts.newArticle("2025-04-02-call"), ANA);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class,
                        saved -> assertThat(saved.commit()).contains("abc1234"));
        assertThat(catchUps).hasValue(1);
        assertThat(reloads).hasValue(1);
    }
}
