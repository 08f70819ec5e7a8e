package dev.parley.gitdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.dataset.DatasetService;
import dev.parley.event.ArticleId;
import dev.parley.studio.DataRemote;
import dev.parley.studio.SaveOutcome;
import dev.parley.studio.StudioService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole app, as it starts with {@code parley.data.git-remote}: its data is a clone, its saves go to the remote. */
@SpringBootTest(properties = {"parley.reload-interval=0", "parley.data.git-poll=1s"})
class GitDataAppTest {
    private static final Path REMOTE = Remotes.bareWith("valid");
    private static final Path DIRS = temporary();

    @DynamicPropertySource
    static void dirs(DynamicPropertyRegistry registry) {
        registry.add("parley.data.git-remote", REMOTE::toString);
        registry.add("parley.data-dir", () -> DIRS.resolve("data").toString());
        registry.add("parley.studio.drafts-dir", () -> DIRS.resolve("drafts").toString());
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("parley-app-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    DataRemote remote;

    @Autowired
    DatasetService datasets;

    @Autowired
    StudioService studio;

    @Test
    void the_app_serves_a_clone_of_the_remote_and_sends_studio_saves_to_it() {
        assertThat(remote).isInstanceOf(GitSync.class);
        assertThat(DIRS.resolve("data/.git")).isDirectory();
        assertThat(datasets.current().dataset().article(ArticleId.of("2025-03-talks")))
                .isPresent();

        SaveOutcome saved = studio.save(Node.newArticle(studio, "2025-04-02-app"), Node.ANA);

        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(Remotes.onRemote(REMOTE, "articles/2025-04-02-app.yaml")).contains("Trump calls Putin");
    }
}
