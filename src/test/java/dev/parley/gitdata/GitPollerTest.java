package dev.parley.gitdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.DatasetState;
import dev.parley.event.ArticleId;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node follows the remote: what is pushed there is served after one poll, unless it is not valid. */
class GitPollerTest {
    private static final Duration POLL = Duration.ofMillis(200);
    /** The poll, one reload and slack for a busy machine; the test waits only as long as it must. */
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    private static final ArticleId TALKS = ArticleId.of("2025-03-talks");

    private final Path bare = Remotes.bareWith("valid");
    private final Path person = Remotes.personalClone(bare);

    @TempDir
    Path dirs;

    private Node node;

    @BeforeEach
    void start() {
        node = Node.start(bare, dirs.resolve("data"), dirs.resolve("drafts"), POLL);
    }

    @AfterEach
    void stop() {
        node.close();
    }

    private String talksTitle() {
        return node.datasets().current().dataset().article(TALKS).orElseThrow().title();
    }

    @Test
    void the_node_starts_with_the_remote_data_in_its_own_clone() {
        assertThat(dirs.resolve("data/.git")).isDirectory();
        assertThat(talksTitle()).isEqualTo("Fixture: talks over three days");
    }

    @Test
    void a_valid_push_is_served_after_the_next_poll() {
        Remotes.pushEdit(person, Remotes.TALKS, Remotes.TALKS_TITLE, "title: \"Talks, pushed\"");

        Remotes.within(DEADLINE, () -> talksTitle().equals("Talks, pushed"), "the pushed title is served");
    }

    @Test
    void an_invalid_push_keeps_the_last_good_data_and_shows_its_problems_until_a_valid_one_arrives() {
        Remotes.pushEdit(person, Remotes.TALKS, "type: consult", "type: not-a-type");

        Remotes.within(
                DEADLINE, () -> !node.datasets().current().problems().isEmpty(), "the problems of the push show");
        DatasetState broken = node.datasets().current();
        assertThat(broken.problems().getFirst().file()).endsWith("2025-03-talks.yaml");
        assertThat(broken.dataset().events()).isNotEmpty();
        assertThat(talksTitle()).isEqualTo("Fixture: talks over three days");

        Remotes.pushEdit(person, Remotes.TALKS, "type: not-a-type", "type: consult");
        Remotes.pushEdit(person, Remotes.TALKS, Remotes.TALKS_TITLE, "title: \"Talks, fixed\"");

        Remotes.within(
                DEADLINE,
                () -> node.datasets().current().problems().isEmpty()
                        && talksTitle().equals("Talks, fixed"),
                "the fixed data is served");
    }
}
