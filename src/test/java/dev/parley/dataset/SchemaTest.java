package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code data/schema/} are what editors use to check data files as curators type. These tests keep
 * them in agreement with the loader: what the loader accepts, the schemas accept, and the structural mistakes the
 * loader rejects, the schemas flag too. (The loader checks more: real calendar dates, references, unique ids.)
 */
class SchemaTest {
    private static final Path VALID = DatasetLoaderTest.VALID;
    private static final Path BROKEN = Path.of("src/test/resources/broken");
    private static Schema actors;
    private static Schema article;

    @BeforeAll
    static void loadSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        actors = schema(registry, "data/schema/actors.schema.json");
        article = schema(registry, "data/schema/article.schema.json");
    }

    private static Schema schema(SchemaRegistry registry, String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            return registry.getSchema(in, InputFormat.JSON);
        }
    }

    private static List<String> errors(Schema schema, Path file) throws IOException {
        return schema.validate(Files.readString(file), InputFormat.YAML).stream()
                .map(Error::toString)
                .toList();
    }

    private static List<Path> articleFiles(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir.resolve("articles"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void the_valid_fixture_matches_the_schemas() throws IOException {
        assertThat(errors(actors, VALID.resolve("actors.yaml"))).isEmpty();
        List<Path> files = articleFiles(VALID);
        assertThat(files).hasSize(3);
        for (Path file : files) {
            assertThat(errors(article, file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void structural_mistakes_the_loader_rejects_are_flagged_by_the_schemas_too() throws IOException {
        for (String broken : List.of(
                "missing-required-field",
                "unknown-field",
                "wrong-type",
                "bad-id",
                "unknown-type-and-role",
                "javascript-url",
                "empty-quote",
                "empty-participants",
                "malformed-cameo")) {
            assertThat(errors(article, BROKEN.resolve(broken).resolve("articles/a-call.yaml")))
                    .as(broken)
                    .isNotEmpty();
        }
        assertThat(errors(actors, BROKEN.resolve("wrong-type/actors.yaml")))
                .as("aliases as text")
                .isNotEmpty();
    }

    @Test
    void a_cameo_code_may_be_written_bare_or_quoted_and_only_the_loader_knows_which_codes_exist_and_fit()
            throws IOException {
        assertThat(errors(article, BROKEN.resolve("cameo-contradicts-type/articles/a-call.yaml")))
                .isEmpty();
        assertThat(errors(article, BROKEN.resolve("unknown-cameo/articles/a-call.yaml")))
                .isEmpty();
    }

    @Test
    void an_unknown_field_is_reported_by_name() throws IOException {
        assertThat(errors(article, BROKEN.resolve("unknown-field/articles/a-call.yaml")))
                .anyMatch(e -> e.contains("titel"));
    }

    @Test
    void the_curated_data_matches_the_schemas() throws IOException {
        Path data = Path.of("data");
        assertThat(errors(actors, data.resolve("actors.yaml"))).isEmpty();
        for (Path file : articleFiles(data)) {
            assertThat(errors(article, file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void every_data_file_points_its_editor_at_the_schema() throws IOException {
        assertThat(Files.readAllLines(Path.of("data/actors.yaml")).getFirst())
                .isEqualTo("# yaml-language-server: $schema=schema/actors.schema.json");
        for (Path file : articleFiles(Path.of("data"))) {
            assertThat(Files.readAllLines(file).getFirst())
                    .as(file.toString())
                    .isEqualTo("# yaml-language-server: $schema=../schema/article.schema.json");
        }
    }
}
