package dev.parley.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One test per broken data directory under {@code src/test/resources/broken/}: each pins the exact
 * {@code file:line:column: path: message} a curator would see, so messages stay precise and helpful.
 */
class BrokenDataTest {
    private static final String BROKEN = "src/test/resources/broken/";

    private static List<String> problemsIn(String name) {
        LoadResult result = new DatasetLoader().load(Path.of(BROKEN + name));
        assertThat(result.dataset())
                .as("a broken directory must not produce a dataset")
                .isEmpty();
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static String article(String name) {
        return BROKEN + name + "/articles/a-call.yaml";
    }

    @Test
    void broken_yaml_syntax_is_reported_where_the_parser_stopped_and_where_the_construct_began() {
        assertThat(problemsIn("syntax-error"))
                .containsExactly(article("syntax-error")
                        + ":16:1: invalid YAML: found unexpected end of stream"
                        + " (while scanning a quoted scalar that starts at line 9, column 12)");
    }

    @Test
    void a_missing_required_field_is_reported_at_its_mapping() {
        assertThat(problemsIn("missing-required-field"))
                .containsExactly(article("missing-required-field") + ":7:5: events[0]: missing required field 'title'");
    }

    @Test
    void an_unknown_field_suggests_the_field_it_probably_meant_and_is_not_also_reported_missing() {
        assertThat(problemsIn("unknown-field"))
                .containsExactly(article("unknown-field")
                        + ":9:5: events[0].titel: unknown field 'titel' (did you mean 'title'?)");
    }

    @Test
    void a_list_where_text_is_expected_and_text_where_a_list_is_expected_are_wrong_types() {
        assertThat(problemsIn("wrong-type"))
                .containsExactly(
                        BROKEN + "wrong-type/actors.yaml:9:14: actors[1].aliases: expected a list, found 'Putin'",
                        article("wrong-type") + ":10:7: events[0].title: expected text, found a list");
    }

    @Test
    void a_duplicate_key_points_back_to_the_first_one() {
        assertThat(problemsIn("duplicate-key"))
                .containsExactly(
                        article("duplicate-key") + ":11:5: events[0].date: duplicate key 'date' (first at line 8)");
    }

    @Test
    void ids_that_are_not_lowercase_words_joined_by_hyphens_are_rejected_with_a_suggestion() {
        String rule = "is not a valid id: use lowercase letters, digits and single hyphens, such as 'vladimir-putin'";
        assertThat(problemsIn("bad-id"))
                .containsExactly(
                        article("bad-id") + ":2:5: id: 'A Call' " + rule + " (did you mean 'a-call'?)",
                        article("bad-id") + ":7:9: events[0].id: 'the_call' " + rule + " (did you mean 'the-call'?)");
    }

    @Test
    void an_event_id_used_in_two_files_names_both_places() {
        assertThat(problemsIn("duplicate-event-id"))
                .containsExactly(BROKEN
                        + "duplicate-event-id/articles/b-call.yaml:7:9: events[0].id: duplicate event id 'the-call'"
                        + " (first used at " + BROKEN + "duplicate-event-id/articles/a-call.yaml:7:9)");
    }

    @Test
    void an_unknown_actor_suggests_the_closest_id_or_the_actor_with_that_name() {
        assertThat(problemsIn("unknown-actor"))
                .containsExactly(
                        article("unknown-actor") + ":14:16: events[0].participants[1].actor:"
                                + " unknown actor 'vladimir-puttin' (did you mean 'vladimir-putin'?)",
                        article("unknown-actor") + ":18:18: events[0].quotes[0].speaker:"
                                + " unknown actor 'Putin' (did you mean 'vladimir-putin'?)");
    }

    @Test
    void impossible_dates_are_each_reported_in_one_run() {
        assertThat(problemsIn("malformed-dates"))
                .containsExactly(
                        article("malformed-dates") + ":8:11: events[0].date: '2025-02-30' is not a date:"
                                + " February 2025 has 28 days",
                        article("malformed-dates")
                                + ":17:11: events[1].date: '0000' is not a date: year 0 does not exist",
                        article("malformed-dates")
                                + ":26:11: events[2].date: '2025-13' is not a date: month must be 01 to 12");
    }

    @Test
    void an_event_that_ends_before_it_starts_is_rejected() {
        assertThat(problemsIn("end-before-date"))
                .containsExactly(article("end-before-date")
                        + ":9:10: events[0].end: the event ends (2025-02-11) before it starts (2025-02-12)");
    }

    @Test
    void a_role_that_ends_before_it_starts_is_rejected() {
        assertThat(problemsIn("role-from-after-to"))
                .containsExactly(BROKEN
                        + "role-from-after-to/actors.yaml:13:13: actors[1].roles[0].to:"
                        + " the role ends (2008) before it starts (2012-05-07)");
    }

    @Test
    void unknown_event_types_and_participant_roles_list_the_allowed_words() {
        assertThat(problemsIn("unknown-type-and-role"))
                .containsExactly(
                        article("unknown-type-and-role")
                                + ":10:11: events[0].type: unknown event type 'meeting'; allowed:"
                                + " statement, appoint, consult, agree, support, request, cooperate, aid, concede, accuse,"
                                + " reject, threaten, protest, sanction, mobilize, coerce, assault",
                        article("unknown-type-and-role")
                                + ":15:15: events[0].participants[1].role: unknown participant role"
                                + " 'recipent' (did you mean 'recipient'?); allowed: initiator, recipient, participant,"
                                + " mentioned");
    }

    @Test
    void a_cameo_code_that_is_not_two_to_four_digits_is_malformed() {
        assertThat(problemsIn("malformed-cameo"))
                .containsExactly(article("malformed-cameo")
                        + ":11:12: events[0].cameo: '16.3' is not a CAMEO code: a code is 2 to 4 digits, such as"
                        + " \"163\"");
    }

    @Test
    void an_unknown_cameo_code_lists_the_known_codes_next_to_it() {
        assertThat(problemsIn("unknown-cameo"))
                .containsExactly(article("unknown-cameo")
                        + ":11:12: events[0].cameo: unknown CAMEO code '169'; known codes under 16 (Reduce relations):"
                        + " 160, 161, 162, 163, 164, 165, 166");
    }

    @Test
    void a_cameo_code_outside_the_types_roots_names_the_code_the_type_and_what_the_type_takes() {
        assertThat(problemsIn("cameo-contradicts-type"))
                .containsExactly(article("cameo-contradicts-type")
                        + ":12:12: events[0].cameo: CAMEO code 163 (Impose embargo, boycott, or sanctions) does not fit"
                        + " type 'consult': type 'consult' takes CAMEO codes under 04 (Consult); 163 fits type"
                        + " 'sanction'");
    }

    @Test
    void a_javascript_url_is_not_a_source_link() {
        assertThat(problemsIn("javascript-url"))
                .containsExactly(article("javascript-url")
                        + ":6:6: url: 'javascript:alert(document.cookie)' is not a web link:"
                        + " only http:// and https:// URLs are allowed");
    }

    @Test
    void an_empty_quote_is_rejected() {
        assertThat(problemsIn("empty-quote"))
                .containsExactly(article("empty-quote") + ":17:15: events[0].quotes[0].text: must not be empty");
    }

    @Test
    void an_event_without_participants_is_rejected() {
        assertThat(problemsIn("empty-participants"))
                .containsExactly(article("empty-participants")
                        + ":11:19: events[0].participants: an event needs at least one participant");
    }

    @Test
    void an_empty_data_directory_is_reported_by_name() {
        assertThat(problemsIn("empty-data-directory"))
                .containsExactly(
                        BROKEN
                                + "empty-data-directory: the data directory is empty: expected actors.yaml and articles/*.yaml");
    }

    @Test
    void a_missing_actors_file_is_reported_once_rather_than_as_every_reference_failing() {
        assertThat(problemsIn("missing-actors-file"))
                .containsExactly(BROKEN
                        + "missing-actors-file/actors.yaml: missing: the data directory needs an actors.yaml that lists the"
                        + " actors");
    }

    @Test
    @Timeout(5)
    void a_billion_laughs_alias_bomb_is_rejected_quickly() {
        long start = System.nanoTime();
        assertThat(problemsIn("alias-bomb"))
                .containsExactly(article("alias-bomb")
                        + ": too many aliases: at most 50 reused lists or mappings are allowed in one file");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void java_tags_are_reported_and_never_instantiated() {
        assertThat(problemsIn("java-tag"))
                .containsExactly(
                        article("java-tag") + ":6:7: note: unsupported tag '!!javax.script.ScriptEngineManager':"
                                + " data files use plain text, lists and mappings only",
                        article("java-tag") + ":6:7: note: expected text, found a list",
                        article("java-tag") + ":6:43: note[0]: unsupported tag '!!java.net.URLClassLoader':"
                                + " data files use plain text, lists and mappings only",
                        article("java-tag") + ":6:71: note[0][0][0]: unsupported tag '!!java.net.URL':"
                                + " data files use plain text, lists and mappings only");
    }

    @Test
    void invalid_utf8_is_reported_with_the_file_and_position_of_the_bad_byte() {
        assertThat(problemsIn("invalid-utf8"))
                .containsExactly(article("invalid-utf8")
                        + ":3:13: not valid UTF-8 (byte 0xE9): save the file with UTF-8 encoding");
    }
}
