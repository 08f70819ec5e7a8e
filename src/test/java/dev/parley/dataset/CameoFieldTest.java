package dev.parley.dataset;

import static dev.parley.dataset.DatasetLoaderTest.copyValid;
import static dev.parley.dataset.DatasetLoaderTest.replace;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.event.CameoCode;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code cameo} field of an event, read from a copy of the valid fixture. */
class CameoFieldTest {
    private final DatasetLoader loader = new DatasetLoader();

    private static Path talks(Path dir) {
        return dir.resolve("articles/2025-03-talks.yaml");
    }

    private Event event(Path dir, String id) {
        LoadResult result = loader.load(dir);
        assertThat(result.problems()).isEmpty();
        return result.dataset().orElseThrow().event(EventId.of(id)).orElseThrow();
    }

    @Test
    void an_event_without_the_field_has_no_finer_code_and_scores_by_its_type(@TempDir Path dir) throws IOException {
        copyValid(dir);

        Event sanctions = event(dir, "fixture-sanctions");

        assertThat(sanctions.cameo()).isEmpty();
        assertThat(sanctions.score()).isEqualTo(EventType.SANCTION.goldstein());
    }

    @Test
    void a_bare_code_is_read_and_scores_the_event(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: sanction\n", "type: sanction\n    cameo: 163\n");

        Event sanctions = event(dir, "fixture-sanctions");

        assertThat(sanctions.cameo()).map(CameoCode::code).contains("163");
        assertThat(sanctions.score()).isEqualTo(-8.0);
    }

    @Test
    void a_bare_code_with_leading_zeros_keeps_them_as_written(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: request\n", "type: request\n    cameo: 0233\n");
        replace(talks(dir), "type: consult\n", "type: consult\n    cameo: 04\n");

        assertThat(event(dir, "fixture-month-request").cameo())
                .map(CameoCode::name)
                .contains("Appeal for humanitarian aid");
        assertThat(event(dir, "fixture-talks").cameo()).map(CameoCode::code).contains("04");
    }

    @Test
    void a_quoted_code_is_read_the_same(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: consult\n", "type: consult\n    cameo: \"046\"\n");

        assertThat(event(dir, "fixture-talks").cameo()).map(CameoCode::name).contains("Engage in negotiation");
    }

    @Test
    void a_bad_code_rejects_its_event_only_and_the_other_problems_of_the_file_are_still_reported(@TempDir Path dir)
            throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: consult\n", "type: consult\n    cameo: 163\n");
        replace(talks(dir), "type: request\n", "type: ask\n    cameo: 0233\n");

        LoadResult result = loader.load(dir);

        assertThat(result.dataset()).isEmpty();
        assertThat(result.problems()).extracting(Problem::path).containsExactly("events[0].cameo", "events[1].type");
    }

    @Test
    void an_unknown_four_digit_code_points_to_its_known_parent(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: sanction\n", "type: sanction\n    cameo: \"1634\"\n");

        assertThat(loader.load(dir).problems())
                .extracting(Problem::message)
                .containsExactly(
                        "unknown CAMEO code '1634' (did you mean 163 (Impose embargo, boycott, or sanctions)?)");
    }

    @Test
    void a_code_outside_every_root_says_where_codes_start(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: sanction\n", "type: sanction\n    cameo: \"25\"\n");

        assertThat(loader.load(dir).problems())
                .extracting(Problem::message)
                .containsExactly("unknown CAMEO code '25'; CAMEO codes start with a root category from 01 to 20");
    }

    @Test
    void a_type_with_several_roots_lists_them_all_and_a_shared_root_names_every_type_it_fits(@TempDir Path dir)
            throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: request\n", "type: request\n    cameo: \"010\"\n");
        replace(talks(dir), "type: sanction\n", "type: accuse\n    cameo: \"057\"\n");

        assertThat(loader.load(dir).problems())
                .extracting(Problem::message)
                .containsExactly(
                        "CAMEO code 010 (Make statement, not specified below) does not fit type 'request': type"
                                + " 'request' takes CAMEO codes under 02 (Appeal); 010 fits type 'statement' or"
                                + " 'appoint'",
                        "CAMEO code 057 (Sign formal agreement) does not fit type 'accuse': type 'accuse' takes CAMEO"
                                + " codes under 11 (Disapprove), 09 (Investigate) or 10 (Demand); 057 fits type"
                                + " 'agree' or 'support'");
    }

    @Test
    void an_empty_or_listed_code_is_reported_like_any_other_text_field(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: request\n", "type: request\n    cameo:\n");
        replace(talks(dir), "type: sanction\n", "type: sanction\n    cameo: [163]\n");

        assertThat(loader.load(dir).problems())
                .extracting(Problem::message)
                .containsExactly(
                        "must not be empty (leave the field out when there is nothing to say)",
                        "expected text, found a list");
    }

    @Test
    void the_type_is_not_second_guessed_when_the_type_itself_is_unknown(@TempDir Path dir) throws IOException {
        copyValid(dir);
        replace(talks(dir), "type: sanction\n", "type: sanctions\n    cameo: 163\n");

        assertThat(loader.load(dir).problems()).extracting(Problem::path).containsExactly("events[2].type");
    }
}
