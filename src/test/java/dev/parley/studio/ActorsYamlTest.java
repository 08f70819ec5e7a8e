package dev.parley.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorsYamlTest {
    private static final ActorForm PLAIN =
            new ActorForm("new-person", "New Person", "person", List.of(), "", List.of());
    private static final ActorForm FULL = new ActorForm(
            "new-office",
            "Office of \"Things\" # 1",
            "institution",
            List.of("The Office", "O: [x]"),
            "Line one\nline two <b>",
            List.of(
                    new RoleForm("Ministry of things", "donald-trump", "2020", "2021-05"),
                    new RoleForm("Second", "", "", "")));

    private static Dataset loadWith(String actorsText) {
        LoadResult result =
                new DatasetLoader().load(ArticleYamlTest.VALID, Map.of("actors.yaml", Optional.of(actorsText)));
        assertThat(result.problems()).isEmpty();
        return result.dataset().orElseThrow();
    }

    @Test
    void no_new_actor_leaves_the_text_as_it_is() {
        assertThat(ActorsYaml.append("actors:\n  - id: a\n    name: A\n    kind: state\n", List.of()))
                .isEqualTo("actors:\n  - id: a\n    name: A\n    kind: state\n");
    }

    @Test
    void more_top_level_content_after_the_list_is_refused() {
        assertThatThrownBy(() -> ActorsYaml.append("actors:\n  - id: a\nother: 1\n", List.of(PLAIN)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("the list must come last");
    }

    @Test
    void a_file_without_a_block_actors_list_is_refused() {
        assertThatThrownBy(() -> ActorsYaml.append("actors: []\n", List.of(PLAIN)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ActorsYaml.append("# only a comment\n", List.of(PLAIN)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no 'actors:' line");
        assertThatThrownBy(() -> ActorsYaml.append("actors: 3\n", List.of(PLAIN)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_second_document_after_the_list_is_refused() {
        assertThatThrownBy(() -> ActorsYaml.append("actors:\n  - id: a\n---\nactors: []\n", List.of(PLAIN)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_file_without_a_final_newline_gets_one_before_the_new_actors() throws IOException {
        String old = "actors:\n- id: a\n  name: A\n  kind: state";

        String result = ActorsYaml.append(old, List.of(PLAIN));

        assertThat(result).startsWith(old + "\n");
        assertThat(result.substring(old.length() + 1)).startsWith("- id: new-person\n  name: \"New Person\"\n");
    }

    @Test
    void new_actors_follow_the_real_file_which_stays_byte_for_byte_a_prefix() throws IOException {
        String old = Files.readString(Path.of("data/actors.yaml"));

        String result = ActorsYaml.append(old, List.of(PLAIN, FULL));

        assertThat(result).startsWith(old);
        LoadResult loaded = new DatasetLoader().load(Path.of("data"), Map.of("actors.yaml", Optional.of(result)));
        assertThat(loaded.problems()).isEmpty();
        Dataset before = new DatasetLoader().load(Path.of("data")).dataset().orElseThrow();
        List<Actor> actors = loaded.dataset().orElseThrow().actors();
        assertThat(actors.subList(0, actors.size() - 2)).isEqualTo(before.actors());
    }

    @Test
    void every_field_of_a_new_actor_reads_back_as_typed() throws IOException {
        String old = Files.readString(ArticleYamlTest.VALID.resolve("actors.yaml"));

        Actor office = loadWith(ActorsYaml.append(old, List.of(FULL)))
                .actor(ActorId.of("new-office"))
                .orElseThrow();

        assertThat(office.name()).isEqualTo(FULL.name());
        assertThat(office.kind().key()).isEqualTo("institution");
        assertThat(office.aliases()).containsExactly("The Office", "O: [x]");
        assertThat(office.description()).contains("Line one\nline two <b>");
        assertThat(office.roles()).hasSize(2);
        assertThat(office.roles().getFirst().title()).isEqualTo("Ministry of things");
        assertThat(office.roles().getFirst().of()).contains(ActorId.of("donald-trump"));
        assertThat(office.roles().getFirst().from().orElseThrow().iso()).isEqualTo("2020");
        assertThat(office.roles().getFirst().to().orElseThrow().iso()).isEqualTo("2021-05");
    }

    @Test
    void an_empty_role_is_kept_so_its_problems_point_at_it() throws IOException {
        String old = Files.readString(ArticleYamlTest.VALID.resolve("actors.yaml"));
        ActorForm actor = new ActorForm("x", "X", "state", List.of(), "", List.of(new RoleForm("", "", "", "")));

        LoadResult result = new DatasetLoader()
                .load(
                        ArticleYamlTest.VALID,
                        Map.of("actors.yaml", Optional.of(ActorsYaml.append(old, List.of(actor)))));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("actors[6].roles[0]");
            assertThat(p.message()).isEqualTo("missing required field 'title'");
        });
    }
}
