package dev.parley.gitdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.event.ArticleId;
import dev.parley.event.EventId;
import dev.parley.studio.Draft;
import dev.parley.studio.SaveOutcome;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two nodes, each a Spring context with its own clone, against one bare repository on disk, sharing one drafts
 * directory (as they would on network storage): one dataset for every node.
 */
class TwoNodesTest {
    private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** The poll interval plus one reload, with slack for a machine busy with other tests. */
    private static final Duration DEADLINE = POLL.plus(Duration.ofSeconds(10));

    private static final String TALKS = "2025-03-talks";

    private final Path bare = Remotes.bareWith("valid");

    @TempDir
    Path dirs;

    private Node a;
    private Node b;

    @BeforeEach
    void start() {
        a = Node.start(bare, dirs.resolve("a"), dirs.resolve("drafts"), POLL);
        b = Node.start(bare, dirs.resolve("b"), dirs.resolve("drafts"), POLL);
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    @Test
    void an_article_saved_on_one_node_is_served_by_the_other_within_the_poll_interval_and_one_reload() {
        SaveOutcome saved = a.studio().save(a.newArticle("2025-04-02-two-nodes"), Node.ANA);
        long start = System.nanoTime();

        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(Remotes.onRemote(bare, "articles/2025-04-02-two-nodes.yaml")).contains("Trump calls Putin");
        EventId event = EventId.of("2025-04-02-two-nodes-call");
        Remotes.within(
                DEADLINE,
                () -> b.datasets().current().dataset().event(event).isPresent(),
                "node B serves the article saved on node A");
        log.info("Node B served node A's save after {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void saves_of_different_articles_on_two_nodes_both_reach_both_nodes() {
        assertThat(a.studio().save(a.newArticle("2025-04-02-from-a"), Node.ANA)).isInstanceOf(SaveOutcome.Saved.class);
        // B has not polled yet: its save catches up first, so both articles end up on the remote.
        assertThat(b.studio().save(b.retitled(TALKS, "Talks, from B"), Node.ANA))
                .isInstanceOf(SaveOutcome.Saved.class);

        assertThat(Remotes.onRemote(bare, "articles/2025-04-02-from-a.yaml")).isNotNull();
        assertThat(Remotes.onRemote(bare, Remotes.TALKS)).contains("Talks, from B");
        Remotes.within(
                DEADLINE,
                () -> a.datasets()
                        .current()
                        .dataset()
                        .article(ArticleId.of(TALKS))
                        .orElseThrow()
                        .title()
                        .equals("Talks, from B"),
                "node A serves node B's save");
    }

    @Test
    void a_save_of_an_article_another_node_saved_since_it_was_opened_is_a_conflict_and_the_draft_stays() {
        Draft onA = a.studio().keep(a.retitled(TALKS, "Talks, from A"));
        Draft onB = b.studio().keep(b.retitled(TALKS, "Talks, from B"));

        assertThat(b.studio().save(onB, Node.ANA)).isInstanceOf(SaveOutcome.Saved.class);
        SaveOutcome second = a.studio().save(onA, Node.ANA);

        assertThat(second).isInstanceOfSatisfying(SaveOutcome.Conflict.class, c -> {
            assertThat(c.message()).contains("changed on disk since you opened it");
            assertThat(c.changes()).contains("Talks, from B");
        });
        assertThat(Remotes.onRemote(bare, Remotes.TALKS))
                .contains("Talks, from B")
                .doesNotContain("from A");
        assertThat(a.studio().draft(Node.ANA, onA.id())).contains(onA);
        assertThat(a.datasets()
                        .current()
                        .dataset()
                        .article(ArticleId.of(TALKS))
                        .orElseThrow()
                        .title())
                .isEqualTo("Talks, from B");
    }

    @Test
    void a_draft_kept_on_one_node_is_there_on_the_other() {
        Draft kept = a.studio().keep(a.newArticle("2025-04-02-draft"));

        assertThat(b.studio().drafts(Node.ANA)).containsExactly(kept);
        b.studio().discard(Node.ANA, kept.id());
        assertThat(a.studio().drafts(Node.ANA)).isEmpty();
    }
}
