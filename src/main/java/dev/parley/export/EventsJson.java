package dev.parley.export;

import dev.parley.actor.Actor;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.event.Article;
import dev.parley.event.CameoCode;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.Participant;
import dev.parley.event.Quote;
import dev.parley.event.TimeWindow;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events as one JSON document, for programs: {@code generator}, {@code exported} (an ISO-8601 instant), the
 * {@code filter} that selected the events, and {@code events}, each with every field of the data file, its source
 * article as a nested object, its participants with their names and kinds, and its Goldstein {@code score}. Every field is always present; an
 * absent value is {@code null} and an absent list is empty, so readers need no special cases. Dates are written as in
 * the data files, with their precision. Uses Jackson 3; stateless and thread-safe.
 */
public final class EventsJson {
    /** The value of the {@code generator} field. */
    public static final String GENERATOR = "Parley";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Writes the events, in the given order, as exported at {@code exported}; the stream is flushed, not closed. */
    public void write(List<Event> events, Dataset dataset, EventFilter filter, Instant exported, OutputStream out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("generator", GENERATOR);
        root.put("exported", exported.toString());
        root.set("filter", filter(filter));
        ArrayNode list = root.putArray("events");
        events.forEach(e -> list.add(event(e, dataset)));
        MAPPER.writeValue(out, root);
    }

    private static ObjectNode filter(EventFilter filter) {
        ObjectNode node = MAPPER.createObjectNode();
        TimeWindow window = filter.window();
        ObjectNode w = node.putObject("window");
        w.put("from", window.from().equals(LocalDate.MIN) ? null : window.from().toString());
        w.put("to", window.to().equals(LocalDate.MAX) ? null : window.to().toString());
        keys(node.putArray("classes"), filter.classes(), c -> c.name().toLowerCase(Locale.ROOT));
        keys(node.putArray("types"), filter.types(), t -> t.key());
        keys(node.putArray("actorKinds"), filter.actorKinds(), k -> k.key());
        return node;
    }

    private static <T> void keys(ArrayNode array, Collection<T> values, Function<T, String> key) {
        values.stream().map(key).sorted().forEach(array::add);
    }

    private static ObjectNode event(Event event, Dataset dataset) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", event.id().value());
        node.put("date", event.date().iso());
        node.put("datePrecision", event.date().precision().name().toLowerCase(Locale.ROOT));
        node.put("end", event.end().map(PartialDate::iso).orElse(null));
        node.put("firstDay", event.firstDay().toString());
        node.put("lastDay", event.lastDay().toString());
        node.put("title", event.title());
        node.put("type", event.type().key());
        node.put("class", event.type().eventClass().name().toLowerCase(Locale.ROOT));
        node.put("cameo", event.cameo().map(CameoCode::code).orElse(null));
        node.put("score", event.score());
        node.put("summary", event.summary().orElse(null));
        node.put("location", event.location().orElse(null));
        ArrayNode participants = node.putArray("participants");
        event.participants().forEach(p -> participants.add(participant(p, dataset)));
        ArrayNode quotes = node.putArray("quotes");
        event.quotes().forEach(q -> quotes.add(quote(q, dataset)));
        node.set("source", source(event, dataset));
        return node;
    }

    private static ObjectNode participant(Participant participant, Dataset dataset) {
        Optional<Actor> actor = dataset.actor(participant.actor());
        ObjectNode node = MAPPER.createObjectNode();
        node.put("actor", participant.actor().value());
        node.put("name", actor.map(Actor::name).orElse(null));
        node.put("kind", actor.map(a -> a.kind().key()).orElse(null));
        node.put("role", participant.role().key());
        return node;
    }

    private static ObjectNode quote(Quote quote, Dataset dataset) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", quote.text());
        node.put("speaker", quote.speaker().map(s -> s.value()).orElse(null));
        node.put(
                "speakerName",
                quote.speaker().flatMap(dataset::actor).map(Actor::name).orElse(null));
        return node;
    }

    private static ObjectNode source(Event event, Dataset dataset) {
        Optional<Article> article = dataset.article(event.article());
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", event.article().value());
        node.put("title", article.map(Article::title).orElse(null));
        node.put("outlet", article.map(Article::outlet).orElse(null));
        node.put("url", article.flatMap(Article::url).map(URI::toString).orElse(null));
        node.put("published", article.map(a -> a.published().iso()).orElse(null));
        node.put("note", article.flatMap(Article::note).orElse(null));
        return node;
    }
}
