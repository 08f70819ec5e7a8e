package dev.parley.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.studio.ActorsYaml;
import dev.parley.studio.ArticleEntry;
import dev.parley.testing.BrowserTest;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link StudioTypist} entering an invented article (src/test/resources/studio/typist) through the studio's forms,
 * on a temporary copy of the small fixture data: two events, participants with their roles, a quote with its
 * speaker, CAMEO codes, and Ilse Varga, an invented mediator the data does not know, entered through the new-actor
 * form. What the studio writes must be what its writer makes of the fixture: nothing typed is lost or changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudioTypistBrowserTest extends BrowserTest {
    private static final String PASSWORD = "a password made up for the studio typist's browser test";
    private static final Path DATA = Fixtures.copyToTemp("valid");
    private static final Path FIXTURE = Path.of("src/test/resources/studio/typist");
    private static final String ID = "2025-04-02-example-wire-envoys-end-two-days-of-talks";

    @DynamicPropertySource
    static void curatorAndData(DynamicPropertyRegistry registry) throws IOException {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        Path drafts = Files.createTempDirectory("parley-drafts-");
        registry.add("parley.data-dir", DATA::toString);
        registry.add("parley.studio.drafts-dir", drafts::toString);
        registry.add("parley.curators[0].name", () -> "ana");
        registry.add("parley.curators[0].password-hash", () -> hash);
    }

    @Test
    void an_article_typed_into_the_studio_is_saved_as_its_file_says_with_its_new_actor_appended() throws IOException {
        ArticleEntry entry =
                ArticleEntry.read(FIXTURE.resolve(ID + ".yaml"), DATA, Optional.of(FIXTURE.resolve("new-actors.yaml")));
        assertThat(entry.newActors()).extracting(a -> a.id()).containsExactly("ilse-varga");
        String actorsBefore = Files.readString(DATA.resolve("actors.yaml"));
        StudioTypist typist = new StudioTypist(page, url(""), Duration.ofSeconds(10));
        open("/studio", dev.parley.testing.SignIn.FORM);

        typist.signIn("ana", PASSWORD);
        StudioTypist.Saved saved = typist.enter(entry, Files.readString(FIXTURE.resolve(ID + ".txt")));

        assertThat(saved.files()).contains("articles/" + ID + ".yaml").contains("actors.yaml");
        Path written = DATA.resolve("articles/" + ID + ".yaml");
        assertThat(Files.readString(written)).isEqualTo(entry.expectedFile());
        ArticleEntry back = ArticleEntry.read(written, DATA, Optional.empty());
        assertThat(back.article()).isEqualTo(entry.article());
        assertThat(back.article().events().getFirst().cameo()).isEqualTo("046");
        assertThat(Files.readString(DATA.resolve("actors.yaml")))
                .isEqualTo(ActorsYaml.append(actorsBefore, entry.newActors()))
                .endsWith("""
                          - id: ilse-varga
                            name: "Ilse Varga"
                            kind: person
                            aliases: ["Varga", "Mediator Varga"]
                            description: "An invented mediator, for the studio typist's test."
                        """);
    }

    @Test
    void an_article_whose_quote_is_not_in_the_pasted_text_is_refused_with_the_studios_problems() throws IOException {
        // one event and no new actor: the refusal needs no more, and each typed field costs seconds
        ArticleEntry entry =
                ArticleEntry.read(FIXTURE.resolve("one-event").resolve(ID + ".yaml"), DATA, Optional.empty());
        String text = Files.readString(FIXTURE.resolve(ID + ".txt")).replace("agreed to keep talking", "agreed");
        StudioTypist typist = new StudioTypist(page, url(""), Duration.ofSeconds(10));
        open("/studio", dev.parley.testing.SignIn.FORM);
        typist.signIn("ana", PASSWORD);

        assertThatThrownBy(() -> typist.enter(entry, text))
                .isInstanceOf(EntryRefused.class)
                .hasMessageContaining("Save stayed disabled")
                .hasMessageContaining("events[0].quotes[0].text: not found word for word in the pasted text");
    }
}
