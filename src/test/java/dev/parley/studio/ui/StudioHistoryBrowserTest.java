package dev.parley.studio.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.Fixtures;
import dev.parley.testing.SignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The studio on data inside a git repository, as with the README's run command (data/ in the project's clone): a
 * save is a commit by the curator, the history page lists it, and a revert undoes it as a new commit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudioHistoryBrowserTest extends BrowserTest {
    private static final String PASSWORD = "a password made up for the studio's history test";
    private static final Path REPO = Fixtures.copyToTemp("valid");
    private static final Path FILE = REPO.resolve("articles/2025-03-talks.yaml");

    @DynamicPropertySource
    static void curatorAndRepository(DynamicPropertyRegistry registry) throws Exception {
        try (Git git = Git.init().setDirectory(REPO.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("The fixture data")
                    .setAuthor("setup", "setup@parley.invalid")
                    .setCommitter("setup", "setup@parley.invalid")
                    .setSign(false)
                    .call();
        }
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        Path drafts = Files.createTempDirectory("parley-drafts-");
        registry.add("parley.data-dir", REPO::toString);
        registry.add("parley.studio.drafts-dir", drafts::toString);
        registry.add("parley.curators[0].name", () -> "ana");
        registry.add("parley.curators[0].password-hash", () -> hash);
    }

    @Test
    void a_save_is_a_commit_by_the_curator_that_history_lists_and_a_revert_undoes() throws Exception {
        String before = Files.readString(FILE);
        open("/studio", SignIn.FORM);
        SignIn.as(page, "ana", PASSWORD);
        page.locator(".edit-article[data-article='2025-03-talks']").click();
        page.waitForURL(Pattern.compile(".*/studio/draft/[0-9a-f-]+$"));
        page.locator("#source-title input").fill("Fixture: talks over three days, edited in the studio");
        assertThat(page.locator("#save")).isEnabled();
        page.locator("#save").click();
        assertThat(page.locator("#saved-message")).isVisible();
        assertThat(Files.readString(FILE)).contains("edited in the studio");

        open("/studio/history", "#history");
        Locator latest = page.locator("#history vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Edit article 2025-03-talks"));
        assertThat(latest.first()).isVisible();
        page.locator(".revert").first().click();
        page.locator(".confirm-yes").click();

        assertThat(page.locator("#revert-outcome")).containsText("Revert");
        assertThat(Files.readString(FILE)).isEqualTo(before);
        List<RevCommit> log = new ArrayList<>();
        try (Git git = Git.open(REPO.toFile())) {
            git.log().call().forEach(log::add);
        }
        assertThat(log).extracting(c -> c.getAuthorIdent().getName()).containsExactly("ana", "ana", "setup");
        assertThat(log.get(1).getShortMessage()).startsWith("Edit article 2025-03-talks");
        assertThat(log.get(0).getShortMessage()).startsWith("Revert");
    }
}
