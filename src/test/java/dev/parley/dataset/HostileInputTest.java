package dev.parley.dataset;

import static dev.parley.dataset.DatasetLoaderTest.copyValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.event.EventId;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input built to hurt the loader (huge, deep, self-referencing, object-building, badly encoded, cut off) next to the
 * broken-by-mistake corpus of {@link BrokenDataTest}. Each case must end in a located problem, never an exception,
 * within a hang guard (60 s, far above the real cost even with the other test JVM busy) and, where size is the
 * attack, within a memory bound: the bytes the loading thread allocates.
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private final DatasetLoader loader = new DatasetLoader();

    /** Loads within the hang guard and returns the result and what the loading thread allocated. */
    private record Measured(LoadResult result, long allocatedBytes) {}

    private Measured load(Path dataDir) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            LoadResult result = loader.load(dataDir);
            return new Measured(result, threads.getCurrentThreadAllocatedBytes() - before);
        });
    }

    private Path article(String name) {
        return dir.resolve("articles").resolve(name);
    }

    private static <T> T within(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG_GUARD, work::get);
    }

    @Test
    void a_50_mb_file_is_refused_by_its_size_without_being_read() throws IOException {
        copyValid(dir);
        try (RandomAccessFile big = new RandomAccessFile(article("huge.yaml").toFile(), "rw")) {
            big.setLength(50 * MB);
        }

        Measured measured = load(dir);

        assertThat(measured.result().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("huge.yaml");
            assertThat(p.message()).isEqualTo("file too large: 50.0 MB, the limit is 5 MB");
        });
        assertThat(measured.allocatedBytes())
                .as("bytes allocated while loading")
                .isLessThan(16 * MB);
    }

    @Test
    void a_file_just_under_the_limit_full_of_unknown_keys_keeps_only_the_first_problems() throws IOException {
        copyValid(dir);
        StringBuilder yaml = new StringBuilder("id: junk\n");
        for (int i = 0; yaml.length() < YamlFileReader.MAX_BYTES - 100; i++) {
            yaml.append("k").append(i).append(": v\n");
        }
        Files.writeString(article("junk.yaml"), yaml);

        Measured measured = load(dir);

        assertThat(measured.result().isValid()).isFalse();
        assertThat(measured.result().problems())
                .first()
                .satisfies(p -> assertThat(p.file()).endsWith("junk.yaml"));
        assertThat(measured.result().problems().size())
                .as("problems reported for one file")
                .isLessThanOrEqualTo(FileProblems.MAX_PER_FILE + 1);
        assertThat(measured.result().problems())
                .last()
                .satisfies(p -> assertThat(p.message())
                        .startsWith("… and ")
                        .endsWith(" more problems in this file (only the first " + FileProblems.MAX_PER_FILE
                                + " are listed)"));
    }

    @Test
    void a_million_levels_of_flow_mappings_are_refused_at_the_depth_limit() throws IOException {
        copyValid(dir);
        Files.writeString(article("deep.yaml"), "note: " + "{a: ".repeat(1_000_000) + "}".repeat(1_000_000));

        Measured measured = load(dir);

        assertThat(measured.result().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("nested more than " + YamlFileReader.MAX_DEPTH + " levels");
        });
    }

    @Test
    void a_tag_naming_a_java_class_never_loads_or_builds_it() throws IOException {
        copyValid(dir);
        System.clearProperty("parley.tag-canary");
        Files.writeString(article("tags.yaml"), """
                id: tags
                title: !!dev.parley.dataset.TagCanary {}
                outlet: !<tag:yaml.org,2002:dev.parley.dataset.TagCanary> []
                note: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x/"]]]]
                """);

        Measured measured = load(dir);

        assertThat(measured.result().problems())
                .extracting(Problem::message)
                .contains(
                        "unsupported tag '!!dev.parley.dataset.TagCanary': data files use plain text, lists and"
                                + " mappings only",
                        "unsupported tag '!!javax.script.ScriptEngineManager': data files use"
                                + " plain text, lists and mappings only");
        assertThat(System.getProperty("parley.tag-canary"))
                .as("the class named by the tag")
                .isNull();
    }

    @Test
    void a_file_saved_as_utf16_is_reported_as_not_utf8_at_its_first_byte() throws IOException {
        copyValid(dir);
        Files.write(article("utf16.yaml"), "id: utf16\n".getBytes(StandardCharsets.UTF_16));

        LoadResult result = load(dir).result();

        assertThat(result.problems())
                .singleElement()
                .hasToString(DatasetLoader.display(article("utf16.yaml"))
                        + ":1:1: not valid UTF-8 (byte 0xFE): save the file with UTF-8 encoding");
    }

    @Test
    void a_byte_order_mark_in_the_middle_of_a_file_is_not_silently_accepted_as_text() throws IOException {
        copyValid(dir);
        Path file = article("2025-03-talks.yaml");
        Files.writeString(file, Files.readString(file).replace("type: request", "type: \uFEFFrequest"));

        LoadResult result = load(dir).result();

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("unknown event type");
        });
    }

    @Test
    void right_to_left_and_combining_names_load_exactly_as_written() {
        Dataset d = within(() -> loader.load(Path.of("src/test/resources/fixtures/hostile")))
                .dataset()
                .orElseThrow();

        assertThat(d.actor(ActorId.of("ministry-ar"))).map(Actor::name).contains("وزارة الخارجية");
        assertThat(d.actor(ActorId.of("ministry-he"))).map(Actor::name).contains("משרד החוץ");
        String zoe = d.actor(ActorId.of("zoe")).orElseThrow().name();
        assertThat(zoe).isEqualTo("Zoe\u0308 A\u030Astro\u0308m");
        assertThat(Normalizer.isNormalized(zoe, Normalizer.Form.NFC))
                .as("kept decomposed")
                .isFalse();
        assertThat(d.actor(ActorId.of("eve"))).map(Actor::name).contains("Eve <script>window.__pwned=1</script>");
        assertThat(d.event(EventId.of("rtl-talks")).orElseThrow().title()).isEqualTo("محادثات بين الوزارتين — שיחות");
    }

    @Test
    void a_half_written_file_is_a_located_syntax_or_field_problem() throws IOException {
        copyValid(dir);
        Path file = article("2025-03-talks.yaml");
        String whole = Files.readString(file);
        Files.writeString(file, whole.substring(0, whole.indexOf("participants:", whole.indexOf("events:")) + 20));

        LoadResult result = load(dir).result();

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.file()).endsWith("2025-03-talks.yaml");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void a_file_that_disappears_before_it_is_read_is_reported_not_thrown() {
        FileProblems problems = new FileProblems("articles/gone.yaml");

        assertThat(YamlFileReader.read(dir.resolve("articles/gone.yaml"), problems))
                .isEmpty();
        assertThat(problems.problems())
                .singleElement()
                .hasToString("articles/gone.yaml: the file disappeared while it was being read");
    }

    @Test
    void an_articles_entry_that_is_a_directory_or_unreadable_does_not_stop_the_load() throws IOException {
        copyValid(dir);
        Files.createDirectories(article("folder.yaml"));

        LoadResult result = load(dir).result();

        assertThat(result.isValid()).isTrue();
        assertThat(result.dataset().orElseThrow().events()).hasSize(8);
    }
}
