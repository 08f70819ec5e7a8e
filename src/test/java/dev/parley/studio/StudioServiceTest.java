package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.ArticleId;
import dev.parley.event.EventId;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioServiceTest {
    private static final Curator ANA = new Curator("Ana");
    private static final ArticleId TALKS = ArticleId.of("2025-03-talks");

    @TempDir
    Path data;

    @TempDir
    Path draftsDir;

    private final AtomicInteger reloads = new AtomicInteger();
    private StudioService studio;

    @BeforeEach
    void start() {
        Fixtures.copyTree(ArticleYamlTest.VALID, data);
        studio = new StudioService(
                data,
                this::load,
                reloads::incrementAndGet,
                draftsDir,
                Clock.fixed(Instant.parse("2025-04-02T10:00:00Z"), ZoneOffset.UTC),
                new AtomicFiles());
    }

    private Dataset load() {
        return new DatasetLoader().load(data).dataset().orElseThrow();
    }

    private List<Path> hiddenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".studio-"))
                    .toList();
        }
    }

    @Test
    void an_invalid_draft_is_refused_and_writes_nothing() throws IOException {
        Draft draft = StudioDrafts.newArticle("2025-04-02-call");
        Draft broken = StudioDrafts.draft(Optional.empty(), "", "", "other text", draft.article(), draft.newActors());

        SaveOutcome outcome = studio.save(broken, ANA);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SaveOutcome.Invalid.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(p -> p.path())
                                .containsExactly("events[0].quotes[0].text"));
        assertThat(data.resolve("articles/2025-04-02-call.yaml")).doesNotExist();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void a_new_article_with_a_new_actor_is_written_checked_and_reloaded() throws IOException {
        String actorsBefore = Files.readString(data.resolve("actors.yaml"));

        SaveOutcome outcome = studio.save(StudioDrafts.newArticle("2025-04-02-call"), ANA);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.files()).containsExactly("articles/2025-04-02-call.yaml", "actors.yaml");
            assertThat(saved.commit()).isEmpty();
            assertThat(saved.message()).isEqualTo("Add article 2025-04-02-call: 1 event, 1 new actor");
        });
        assertThat(Files.readString(data.resolve("actors.yaml"))).startsWith(actorsBefore);
        Dataset dataset = load();
        assertThat(dataset.event(EventId.of("2025-04-02-call-call"))).isPresent();
        assertThat(dataset.actor(ActorId.of("new-envoy"))).isPresent();
        assertThat(reloads).hasValue(1);
        assertThat(hiddenFiles()).isEmpty();
        assertThat(studio.articles().getFirst().id()).isEqualTo(ArticleId.of("2025-04-02-call"));
    }

    @Test
    void a_new_article_whose_file_appeared_meanwhile_is_a_conflict() throws IOException {
        Draft draft = StudioDrafts.newArticle("2025-04-02-call");
        Files.writeString(data.resolve("articles/2025-04-02-call.yaml"), "someone else's\n");

        SaveOutcome outcome = studio.save(draft, ANA);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.message()).contains("exists now");
            assertThat(conflict.changes()).contains("+someone else's");
        });
        assertThat(studio.check(draft))
                .anySatisfy(p -> assertThat(p.message()).contains("exists already: choose another id"));
        assertThat(Files.readString(data.resolve("articles/2025-04-02-call.yaml")))
                .isEqualTo("someone else's\n");
    }

    @Test
    void an_opened_article_changed_on_disk_is_a_conflict_with_the_changes() throws IOException {
        OpenedArticle opened = studio.open(TALKS);
        Path file = data.resolve("articles/2025-03-talks.yaml");
        String changedByHand = Files.readString(file).replace("location: Jeddah", "location: Riyadh");
        Files.writeString(file, changedByHand);
        ArticleForm mine = opened.form().withEvents(opened.form().events().subList(0, 1));

        SaveOutcome outcome = studio.save(StudioDrafts.edit(TALKS.value(), opened, mine), ANA);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.message()).contains("changed on disk since you opened it");
            assertThat(conflict.changes()).contains("-    location: Jeddah", "+    location: Riyadh");
        });
        assertThat(Files.readString(file)).isEqualTo(changedByHand);
    }

    @Test
    void an_opened_article_knows_its_comments_will_be_dropped_and_keeps_its_event_order() {
        OpenedArticle opened = studio.open(TALKS);

        assertThat(opened.dropsComments()).isTrue();
        assertThat(opened.form().events())
                .extracting(EventForm::id)
                .containsExactly("fixture-talks", "fixture-month-request", "fixture-sanctions");
        assertThat(opened.fingerprint()).hasSize(64);
    }

    @Test
    void an_edit_with_a_new_id_writes_the_new_file_and_removes_the_old_one() throws IOException {
        OpenedArticle opened = studio.open(TALKS);
        ArticleForm f = opened.form();
        ArticleForm renamed =
                new ArticleForm("2025-03-talks-renamed", f.title(), f.outlet(), f.url(), f.published(), "", f.events());

        SaveOutcome outcome = studio.save(StudioDrafts.edit(TALKS.value(), opened, renamed), ANA);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.files())
                    .containsExactly("articles/2025-03-talks-renamed.yaml", "articles/2025-03-talks.yaml");
            assertThat(saved.message()).startsWith("Edit article 2025-03-talks-renamed (was 2025-03-talks): 3 events");
        });
        assertThat(data.resolve("articles/2025-03-talks.yaml")).doesNotExist();
        assertThat(load().article(ArticleId.of("2025-03-talks-renamed"))).isPresent();
    }

    @Test
    void two_saves_of_one_opened_article_end_with_one_saved_and_one_conflict_never_a_mixed_file() throws Exception {
        OpenedArticle opened = studio.open(TALKS);
        Path file = data.resolve("articles/2025-03-talks.yaml");
        List<Draft> drafts = Stream.of("First title", "Second title")
                .map(title -> {
                    ArticleForm f = opened.form();
                    return StudioDrafts.edit(
                            TALKS.value(),
                            opened,
                            new ArticleForm(f.id(), title, f.outlet(), f.url(), f.published(), f.note(), f.events()));
                })
                .toList();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SaveOutcome>> outcomes = pool.invokeAll(drafts.stream()
                    .map(d -> (Callable<SaveOutcome>) () -> {
                        start.await();
                        return studio.save(d, ANA);
                    })
                    .toList());

            List<SaveOutcome> results =
                    List.of(outcomes.get(0).get(), outcomes.get(1).get());
            assertThat(results).filteredOn(SaveOutcome.Saved.class::isInstance).hasSize(1);
            assertThat(results)
                    .filteredOn(SaveOutcome.Conflict.class::isInstance)
                    .hasSize(1);
            int winner = results.get(0) instanceof SaveOutcome.Saved ? 0 : 1;
            assertThat(Files.readString(file))
                    .isEqualTo(ArticleYaml.write(drafts.get(winner).article()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deleting_an_article_opened_at_an_old_version_is_a_conflict_and_at_the_current_one_removes_it()
            throws IOException {
        OpenedArticle opened = studio.open(TALKS);

        assertThat(studio.delete(TALKS, "0".repeat(64), ANA)).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(studio.delete(TALKS, opened.fingerprint(), ANA))
                .isInstanceOfSatisfying(
                        SaveOutcome.Saved.class,
                        saved -> assertThat(saved.message()).isEqualTo("Delete article 2025-03-talks"));

        assertThat(data.resolve("articles/2025-03-talks.yaml")).doesNotExist();
        assertThat(load().article(TALKS)).isEmpty();
    }

    @Test
    void a_kept_draft_comes_back_with_its_time_and_a_new_draft_from_an_article_holds_its_version() {
        Draft opened = studio.newDraft(ANA, Optional.of(TALKS));
        Draft kept = studio.keep(opened);

        assertThat(kept.updated()).isEqualTo(Instant.parse("2025-04-02T10:00:00Z"));
        assertThat(studio.drafts(ANA)).containsExactly(kept);
        assertThat(studio.draft(ANA, kept.id())).contains(kept);
        assertThat(studio.drafts(new Curator("Bob"))).isEmpty();
        assertThat(kept.editing()).contains(TALKS.value());
        assertThat(kept.fingerprint()).isEqualTo(studio.open(TALKS).fingerprint());

        studio.discard(ANA, kept.id());

        assertThat(studio.drafts(ANA)).isEmpty();
        assertThat(studio.historyEnabled()).isFalse();
        assertThat(studio.history(10)).isEmpty();
    }
}
