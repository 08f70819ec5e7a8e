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
        GitDataProperties off = GitDataProperties.of("", "not a branch..", Duration.ZERO);

        assertThat(off.enabled()).isFalse();
    }

    @Test
    void a_local_path_a_file_url_and_https_urls_are_accepted() {
        for (String remote : new String[] {
            repo.toString(),
            repo.toUri().toString(),
            "https://example.org/parley-data.git",
            "https://bot@example.org/parley-data.git"
        }) {
            assertThat(GitDataProperties.of(remote, "main", POLL).enabled())
                    .as(remote)
                    .isTrue();
        }
    }

    @Test
    void a_local_path_with_no_repository_stops_the_start_with_the_path() {
        assertThatThrownBy(() -> GitDataProperties.of(repo.resolve("missing").toString(), "main", POLL))
                .hasMessageContaining("parley.data.git-remote: there is no repository at " + repo.resolve("missing"));
    }

    @Test
    void a_url_with_a_transport_parley_does_not_speak_is_refused() {
        assertThatThrownBy(() -> GitDataProperties.of("ftp://example.org/data.git", "main", POLL))
                .hasMessageContaining("'ftp' is not a transport Parley speaks");
    }

    @Test
    void an_ssh_remote_is_refused_with_what_to_use_instead() {
        for (String remote : new String[] {"ssh://git@example.org/data.git", "git@example.org:team/data.git"}) {
            assertThatThrownBy(() -> GitDataProperties.of(remote, "main", POLL))
                    .as(remote)
                    .hasMessageContaining("SSH remotes are not supported")
                    .hasMessageContaining("parley.data.git-username and git-password");
        }
    }

    @Test
    void a_password_in_the_url_is_refused_without_being_repeated() {
        assertThatThrownBy(() -> GitDataProperties.of("https://bot:s3cret@example.org/data.git", "main", POLL))
                .hasMessageContaining("put the password in parley.data.git-password")
                .message()
                .doesNotContain("s3cret");
    }

    @Test
    void the_password_setting_never_shows_in_the_settings_text() {
        GitDataProperties settings =
                new GitDataProperties("https://example.org/data.git", "main", POLL, "bot", "s3cret");

        assertThat(settings.toString()).doesNotContain("s3cret").contains("gitPassword=(hidden)");
        assertThat(settings.credentials()).isPresent();
        assertThat(GitDataProperties.of(repo.toString(), "main", POLL).credentials())
                .isEmpty();
    }

    @Test
    void the_settings_are_checked_when_the_configuration_is_read() {
        var environment = new org.springframework.core.env.StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new org.springframework.core.env.MapPropertySource(
                        "test",
                        java.util.Map.of("parley.data.git-remote", repo.toString(), "parley.data.git-branch", "a..b")));

        assertThatThrownBy(() -> new GitDataSettingsCheck().postProcessEnvironment(environment, null))
                .rootCause()
                .hasMessageContaining("parley.data.git-branch must be a branch name");
    }

    @Test
    void a_branch_name_git_refuses_is_refused() {
        assertThatThrownBy(() -> GitDataProperties.of(repo.toString(), "two..dots", POLL))
                .hasMessageContaining("parley.data.git-branch must be a branch name");
        assertThatThrownBy(() -> GitDataProperties.of(repo.toString(), "", POLL))
                .hasMessageContaining("parley.data.git-branch must be a branch name");
    }

    @Test
    void a_poll_interval_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> GitDataProperties.of(repo.toString(), "main", Duration.ZERO))
                .hasMessageContaining("parley.data.git-poll must be a positive duration");
    }
}
