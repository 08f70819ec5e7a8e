package dev.parley.gitdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitDataPropertiesTest {
    private static final Duration POLL = Duration.ofSeconds(30);

    @TempDir
    Path repo;

    @Test
    void without_a_remote_nothing_else_is_checked() {
        GitDataProperties off = new GitDataProperties("", "not a branch..", Duration.ZERO);

        assertThat(off.enabled()).isFalse();
    }

    @Test
    void a_local_path_a_file_url_and_network_urls_are_accepted() {
        for (String remote : new String[] {
            repo.toString(),
            repo.toUri().toString(),
            "https://example.org/parley-data.git",
            "ssh://git@example.org/parley-data.git",
            "git@example.org:team/parley-data.git"
        }) {
            assertThat(new GitDataProperties(remote, "main", POLL).enabled())
                    .as(remote)
                    .isTrue();
        }
    }

    @Test
    void a_local_path_with_no_repository_stops_the_start_with_the_path() {
        assertThatThrownBy(() -> new GitDataProperties(repo.resolve("missing").toString(), "main", POLL))
                .hasMessageContaining("parley.data.git-remote: there is no repository at " + repo.resolve("missing"));
    }

    @Test
    void a_url_with_a_transport_git_does_not_speak_is_refused() {
        assertThatThrownBy(() -> new GitDataProperties("ftp://example.org/data.git", "main", POLL))
                .hasMessageContaining("'ftp' is not a git transport");
    }

    @Test
    void a_branch_name_git_refuses_is_refused() {
        assertThatThrownBy(() -> new GitDataProperties(repo.toString(), "two..dots", POLL))
                .hasMessageContaining("parley.data.git-branch must be a branch name");
        assertThatThrownBy(() -> new GitDataProperties(repo.toString(), "", POLL))
                .hasMessageContaining("parley.data.git-branch must be a branch name");
    }

    @Test
    void a_poll_interval_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> new GitDataProperties(repo.toString(), "main", Duration.ZERO))
                .hasMessageContaining("parley.data.git-poll must be a positive duration");
    }
}
