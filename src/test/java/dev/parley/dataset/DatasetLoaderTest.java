package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
    static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    private final DatasetLoader loader = new DatasetLoader();

    private Dataset loadValid(Path dir) {
        LoadResult result = loader.load(dir);
        assertThat(result.problems()).isEmpty();
        return result.dataset().orElseThrow();
    }

    @Test
    void the_valid_fixture_loads_every_actor_article_and_event() {
        Dataset dataset = loadValid(VALID);

        assertThat(dataset.actors()).hasSize(6);
        assertThat(dataset.articles())
                .extracting(Article::id)
                .extracting(ArticleId::value)
                .containsExactly("2023-background", "2025-02-12-phone-call", "2025-03-talks");
        assertThat(dataset.events()).hasSize(8);
    }

    @Test
    void events_come_sorted_by_date_with_equal_dates_ordered_by_id() {
        List<String> ids =
                loadValid(VALID).events().stream().map(e -> e.id().value()).toList();

        assertThat(ids)
                .containsExactly(
                        "fixture-year-only-accusation",
                        "fixture-invasion",
                        "fixture-month-aid",
                        "fixture-phone-call",
                        "fixture-same-day-statement",
                        "fixture-month-request",
                        "fixture-talks",
                        "fixture-sanctions");
    }

    @Test
    void dates_keep_the_precision_the_source_gave() {
        Dataset dataset = loadValid(VALID);

        assertThat(dataset.event(EventId.of("fixture-year-only-accusation"))
                        .orElseThrow()
                        .date())
                .isEqualTo(PartialDate.ofYear(2022));
        assertThat(dataset.event(EventId.of("fixture-month-request"))
                        .orElseThrow()
                        .date())
                .isEqualTo(PartialDate.ofMonth(2025, 3));
        Event talks = dataset.event(EventId.of("fixture-talks")).orElseThrow();
        assertThat(talks.end()).contains(PartialDate.ofDay(LocalDate.of(2025, 3, 13)));
        assertThat(talks.lastDay()).isEqualTo(LocalDate.of(2025, 3, 13));
        assertThat(dataset.article(ArticleId.of("2023-background"))
                        .orElseThrow()
                        .published())
                .as("a year written as a YAML number")
                .isEqualTo(PartialDate.ofYear(2023));
    }

    @Test
    void every_field_of_an_event_and_its_article_is_mapped() {
        Dataset dataset = loadValid(VALID);
        Event call = dataset.event(EventId.of("fixture-phone-call")).orElseThrow();

        assertThat(call.title()).isEqualTo("Trump and Putin speak by phone");
        assertThat(call.type()).isEqualTo(EventType.CONSULT);
        assertThat(call.summary()).contains("The two presidents speak by phone about the war.");
        assertThat(call.participants())
                .containsExactly(
                        new Participant(ActorId.of("donald-trump"), ParticipantRole.INITIATOR),
                        new Participant(ActorId.of("vladimir-putin"), ParticipantRole.RECIPIENT));
        assertThat(call.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We agreed to work together, very closely.");
            assertThat(q.speaker()).contains(ActorId.of("donald-trump"));
        });
        Article source = dataset.sourceOf(call);
        assertThat(source.url()).contains(URI.create("https://example.org/2025/02/12/phone-call"));
        assertThat(source.file()).isEqualTo("articles/2025-02-12-phone-call.yaml");
        assertThat(source.title()).isEqualTo("Fixture: leaders hold a phone call");
    }

    @Test
    void a_participant_without_a_role_takes_part_without_direction() {
        Event statement =
                loadValid(VALID).event(EventId.of("fixture-same-day-statement")).orElseThrow();

        assertThat(statement.participants().getFirst().role()).isEqualTo(ParticipantRole.PARTICIPANT);
    }

    @Test
    void an_actor_with_no_events_still_loads_with_its_optional_fields() {
        Dataset dataset = loadValid(VALID);
        Actor un = dataset.actor(ActorId.of("united-nations")).orElseThrow();

        assertThat(un.description()).contains("Has no events in this fixture.");
        assertThat(un.aliases()).isEmpty();
        assertThat(dataset.events()).noneMatch(e -> e.involves(un.id()));
        Actor trump = dataset.actor(ActorId.of("donald-trump")).orElseThrow();
        assertThat(trump.aliases()).containsExactly("Trump", "President Donald Trump");
        assertThat(trump.roles()).singleElement().satisfies(r -> {
            assertThat(r.of()).contains(ActorId.of("united-states"));
            assertThat(r.from()).contains(PartialDate.parse("2025-01-20"));
        });
    }

    @Test
    void a_byte_order_mark_is_accepted() {
        Dataset dataset = loadValid(Path.of("src/test/resources/fixtures/bom"));

        assertThat(dataset.events()).hasSize(1);
        assertThat(dataset.actors().getFirst().id()).isEqualTo(ActorId.of("donald-trump"));
    }

    @Test
    void a_byte_order_mark_is_neither_part_of_the_first_key_nor_counted_in_its_column(@TempDir Path dir)
            throws IOException {
        copyValid(dir);
        Path actors = dir.resolve("actors.yaml");
        write(actors, "\uFEFFactorz: []\n" + Files.readString(actors).replace("actors:", "more:"));

        LoadResult result = loader.load(dir);

        assertThat(result.problems())
                .map(Problem::toString)
                .first()
                .asString()
                .startsWith(DatasetLoader.display(actors) + ":1:1: actorz: unknown field 'actorz'")
                .doesNotContain("\uFEFF");
    }

    @Test
    void strings_are_kept_exactly_as_written(@TempDir Path dir) throws IOException {
        copyValid(dir);
        Path file = dir.resolve("articles/2025-03-talks.yaml");
        write(
                file,
                Files.readString(file)
                        .replace(
                                "title: Delegations meet for three days of talks",
                                "title: \"  Delegations meet: «talks» \""));

        Event talks = loadValid(dir).event(EventId.of("fixture-talks")).orElseThrow();

        assertThat(talks.title()).isEqualTo("  Delegations meet: «talks» ");
    }

    @Test
    void all_problems_of_all_files_are_reported_in_one_run(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(dir.resolve("actors.yaml"), "kind: state", "kind: country");
        replace(dir.resolve("articles/2025-03-talks.yaml"), "type: request", "type: ask");
        replace(dir.resolve("articles/2023-background.yaml"), "date: 2022-02-24", "date: 2022-02-29");

        LoadResult result = loader.load(dir);

        assertThat(result.dataset()).isEmpty();
        assertThat(result.problems())
                .extracting(Problem::path)
                .containsExactly("actors[3].kind", "actors[4].kind", "events[0].date", "events[1].type");
        assertThat(result.problems())
                .extracting(Problem::file)
                .containsExactly(
                        DatasetLoader.display(dir.resolve("actors.yaml")),
                        DatasetLoader.display(dir.resolve("actors.yaml")),
                        DatasetLoader.display(dir.resolve("articles/2023-background.yaml")),
                        DatasetLoader.display(dir.resolve("articles/2025-03-talks.yaml")));
    }

    @Test
    void a_missing_data_directory_is_a_problem_not_an_exception(@TempDir Path dir) {
        LoadResult result = loader.load(dir.resolve("nowhere"));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("nowhere");
            assertThat(p.message()).startsWith("data directory not found");
        });
    }

    @Test
    void files_with_the_yml_extension_are_flagged_rather_than_silently_skipped(@TempDir Path dir) throws IOException {
        copyValid(dir);
        Files.move(dir.resolve("articles/2025-03-talks.yaml"), dir.resolve("articles/2025-03-talks.yml"));
        write(dir.resolve("articles/notes.txt"), "not data");
        write(dir.resolve("articles/.2025-03-talks.yaml.swp"), "editor junk");

        LoadResult result = loader.load(dir);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("2025-03-talks.yml");
            assertThat(p.message()).contains("end in .yaml");
        });
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_unread(@TempDir Path dir) throws IOException {
        copyValid(dir);
        Path big = dir.resolve("articles/big.yaml");
        Files.write(big, new byte[YamlFileReader.MAX_BYTES + 1]);

        LoadResult result = loader.load(dir);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("big.yaml");
            assertThat(p.message()).startsWith("file too large");
        });
    }

    @Test
    @Timeout(10)
    void deeply_nested_input_is_refused_without_overflowing_the_stack(@TempDir Path dir) throws IOException {
        copyValid(dir);
        write(dir.resolve("articles/deep.yaml"), "note: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");

        LoadResult result = loader.load(dir);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("deep.yaml");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("nested more than " + YamlFileReader.MAX_DEPTH + " levels");
        });
    }

    @Test
    void an_empty_article_file_is_reported(@TempDir Path dir) throws IOException {
        copyValid(dir);
        write(dir.resolve("articles/empty.yaml"), "# nothing yet\n");

        assertThat(loader.load(dir).problems())
                .singleElement()
                .hasToString(DatasetLoader.display(dir.resolve("articles/empty.yaml")) + ": the file is empty");
    }

    @Test
    void a_second_yaml_document_in_one_file_is_reported(@TempDir Path dir) throws IOException {
        copyValid(dir);
        Path file = dir.resolve("articles/2025-03-talks.yaml");
        write(file, Files.readString(file) + "---\nid: another\n");

        assertThat(loader.load(dir).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(40);
            assertThat(p.message()).startsWith("a data file holds one YAML document");
        });
    }

    @Test
    void problems_print_like_compiler_messages() {
        assertThat(new Problem(
                        "data/articles/x.yaml",
                        14,
                        9,
                        "events[2].participants[0].actor",
                        "unknown actor 'vladimir-puttin' (did you mean 'vladimir-putin'?)"))
                .hasToString(
                        "data/articles/x.yaml:14:9: events[2].participants[0].actor: unknown actor 'vladimir-puttin'"
                                + " (did you mean 'vladimir-putin'?)");
        assertThat(new Problem("data/articles/x.yaml", 3, 1, "", "invalid YAML"))
                .hasToString("data/articles/x.yaml:3:1: invalid YAML");
        assertThat(Problem.of("data", "the data directory is empty")).hasToString("data: the data directory is empty");
    }

    @Test
    void paths_below_the_working_directory_are_shown_relative() {
        assertThat(DatasetLoader.display(Path.of("data/actors.yaml").toAbsolutePath()))
                .isEqualTo("data/actors.yaml");
        assertThat(DatasetLoader.display(Path.of("data/../data/actors.yaml"))).isEqualTo("data/actors.yaml");
        assertThat(DatasetLoader.display(Path.of("/elsewhere/data"))).isEqualTo("/elsewhere/data");
    }

    @Test
    void a_result_has_a_dataset_exactly_when_it_has_no_problems() {
        assertThat(LoadResult.valid(Dataset.empty()).isValid()).isTrue();
        assertThat(LoadResult.invalid(List.of(Problem.of("data", "x"))).dataset())
                .isEqualTo(Optional.empty());
    }

    static void copyValid(Path target) throws IOException {
        Files.createDirectories(target.resolve("articles"));
        try (var files = Files.walk(VALID)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Files.copy(source, target.resolve(VALID.relativize(source).toString()));
            }
        }
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        write(file, text.replace(from, to));
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
