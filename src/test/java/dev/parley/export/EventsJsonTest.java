package dev.parley.export;

import static dev.parley.export.ExportFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorKind;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventType;
import dev.parley.event.TimeWindow;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventsJsonTest {
    private static final Instant EXPORTED = Instant.parse("2025-06-01T10:15:30Z");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static JsonNode json(Dataset dataset, EventFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsJson().write(filter.select(dataset), dataset, filter, EXPORTED, out);
        return MAPPER.readTree(out.toByteArray());
    }

    private static JsonNode event(JsonNode root, String id) {
        return StreamSupport.stream(root.get("events").spliterator(), false)
                .filter(e -> e.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_empty_dataset_gives_the_header_fields_and_no_events() {
        JsonNode root = json(Dataset.empty(), EventFilter.all());

        assertThat(root.get("generator").asString()).isEqualTo("Parley");
        assertThat(root.get("exported").asString()).isEqualTo("2025-06-01T10:15:30Z");
        assertThat(root.get("events").isArray()).isTrue();
        assertThat(root.get("events")).isEmpty();
    }

    @Test
    void all_time_has_null_window_ends_and_empty_restrictions() {
        JsonNode filter = json(Dataset.empty(), EventFilter.all()).get("filter");

        assertThat(filter.get("window").get("from").isNull()).isTrue();
        assertThat(filter.get("window").get("to").isNull()).isTrue();
        assertThat(filter.get("classes")).isEmpty();
        assertThat(filter.get("types")).isEmpty();
        assertThat(filter.get("actorKinds")).isEmpty();
    }

    @Test
    void the_filter_is_written_with_its_window_and_sorted_keys() {
        EventFilter filter = EventFilter.all()
                .withWindow(new TimeWindow(day("2025-02-01"), day("2025-03-31")))
                .withClasses(Set.of(EventClass.VERBAL_COOPERATION, EventClass.MATERIAL_CONFLICT))
                .withTypes(Set.of(EventType.CONSULT, EventType.AGREE))
                .withActorKinds(Set.of(ActorKind.PERSON));
        JsonNode written = json(ExportFixtures.VALID, filter).get("filter");

        assertThat(written.get("window").get("from").asString()).isEqualTo("2025-02-01");
        assertThat(written.get("window").get("to").asString()).isEqualTo("2025-03-31");
        assertThat(written.get("classes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("material_conflict", "verbal_cooperation");
        assertThat(written.get("types").valueStream().map(JsonNode::asString).toList())
                .containsExactly("agree", "consult");
        assertThat(written.get("actorKinds")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("person");
    }

    @Test
    void an_event_without_quotes_has_an_empty_list_and_absent_values_are_null() {
        JsonNode quiet = event(json(ExportFixtures.awkward(), EventFilter.all()), "quiet");

        assertThat(quiet.get("quotes")).isEmpty();
        assertThat(quiet.get("end").isNull()).isTrue();
        assertThat(quiet.get("summary").isNull()).isTrue();
        assertThat(quiet.get("location").isNull()).isTrue();
        assertThat(quiet.get("source").get("url").isNull()).isTrue();
        assertThat(quiet.get("source").get("note").isNull()).isTrue();
        assertThat(quiet.get("datePrecision").asString()).isEqualTo("month");
        assertThat(quiet.get("firstDay").asString()).isEqualTo("2025-02-01");
        assertThat(quiet.get("lastDay").asString()).isEqualTo("2025-02-28");
    }

    @Test
    void each_event_has_its_cameo_code_or_null_and_its_goldstein_score_as_a_number() {
        JsonNode root = json(ExportFixtures.awkward(), EventFilter.all());
        JsonNode yearOnly = event(root, "year-only");
        JsonNode quiet = event(root, "quiet");

        assertThat(yearOnly.get("cameo").asString()).isEqualTo("125");
        assertThat(yearOnly.get("score").isNumber()).isTrue();
        assertThat(yearOnly.get("score").asDouble()).isEqualTo(-5.0);
        assertThat(quiet.get("cameo").isNull()).isTrue();
        assertThat(quiet.get("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void awkward_text_and_non_ascii_names_parse_back_unchanged() {
        JsonNode nasty = event(json(ExportFixtures.awkward(), EventFilter.all()), "nasty");

        assertThat(nasty.get("title").asString()).isEqualTo(ExportFixtures.NASTY_TITLE);
        assertThat(nasty.get("summary").asString()).isEqualTo(ExportFixtures.FORMULA);
        assertThat(nasty.get("participants")
                        .valueStream()
                        .map(p -> p.get("actor").asString() + "|"
                                + p.get("name").asString() + "|" + p.get("kind").asString() + "|"
                                + p.get("role").asString())
                        .toList())
                .containsExactly(
                        "zoe-angstrom|Zoë Ångström-Łukasiewicz|person|initiator",
                        "vladimir-putin-ru|Владимир Путин|person|recipient",
                        "xi-jinping|@習近平|person|mentioned");
        JsonNode quote = nasty.get("quotes").get(0);
        assertThat(quote.get("text").asString()).isEqualTo("We said \"no\",\nthen \"yes\".");
        assertThat(quote.get("speaker").asString()).isEqualTo("vladimir-putin-ru");
        assertThat(quote.get("speakerName").asString()).isEqualTo("Владимир Путин");
        assertThat(nasty.get("quotes").get(1).get("speaker").isNull()).isTrue();
    }

    @Test
    void each_event_carries_its_source_as_a_nested_object() {
        JsonNode source = event(json(ExportFixtures.awkward(), EventFilter.all()), "nasty")
                .get("source");

        assertThat(source.get("id").asString()).isEqualTo("awkward-article");
        assertThat(source.get("title").asString()).isEqualTo("Headline, with \"quotes\" — and ‘curly’ ones");
        assertThat(source.get("outlet").asString()).isEqualTo("Le Monde & Co");
        assertThat(source.get("url").asString()).isEqualTo("https://example.org/a?x=1&y=2");
        assertThat(source.get("published").asString()).isEqualTo("2025-02-13");
        assertThat(source.get("note").asString()).isEqualTo("Note; with semicolon");
    }

    @Test
    void the_valid_fixture_parses_back_to_the_selected_events_in_time_order() {
        EventFilter filter = EventFilter.all().withWindow(new TimeWindow(day("2025-01-01"), day("2025-12-31")));
        JsonNode root = json(ExportFixtures.VALID, filter);

        List<String> expected = filter.select(ExportFixtures.VALID).stream()
                .map(e -> e.id().value())
                .toList();
        assertThat(root.get("events")
                        .valueStream()
                        .map(e -> e.get("id").asString())
                        .toList())
                .isNotEmpty()
                .isEqualTo(expected);
        JsonNode call = event(root, "fixture-phone-call");
        assertThat(call.get("date").asString()).isEqualTo("2025-02-12");
        assertThat(call.get("type").asString()).isEqualTo("consult");
        assertThat(call.get("class").asString()).isEqualTo("verbal_cooperation");
        assertThat(call.get("title").asString()).isEqualTo("Trump and Putin speak by phone");
    }
}
