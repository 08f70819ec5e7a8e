package dev.parley.dataset;

import dev.parley.actor.ActorId;
import dev.parley.base.Ids;
import dev.parley.base.PartialDate;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.CameoCode;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.Quote;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one {@code articles/*.yaml} file: a source article and the events it reports. */
final class ArticleReader {
    static final List<String> ARTICLE_FIELDS = List.of("id", "title", "outlet", "url", "published", "note", "events");
    static final List<String> EVENT_FIELDS =
            List.of("id", "date", "end", "title", "type", "cameo", "summary", "location", "participants", "quotes");
    static final List<String> PARTICIPANT_FIELDS = List.of("actor", "role");
    static final List<String> QUOTE_FIELDS = List.of("text", "speaker");

    private final Catalog catalog;

    ArticleReader(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param file the file's path relative to the data directory, kept in {@link Article#file()}
     */
    void read(Node root, String file, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(root, "", "an article", ARTICLE_FIELDS, problems);
        if (read.isEmpty()) {
            return;
        }
        YamlMap map = read.get();
        Optional<String> id = map.requiredId("id");
        id.ifPresent(value -> catalog.declare(Catalog.Kind.ARTICLE, map, "id", value));
        Optional<String> title = map.requiredText("title");
        Optional<String> outlet = map.requiredText("outlet");
        Optional<URI> url = map.optionalUrl("url");
        boolean urlOk = map.node("url").isEmpty() || url.isPresent();
        Optional<PartialDate> published = map.requiredDate("published");
        Optional<String> note = map.optionalText("note");
        Optional<List<Node>> eventNodes = map.requiredList("events");
        if (eventNodes.isPresent() && eventNodes.get().isEmpty()) {
            problems.add(
                    map.node("events").orElseThrow(),
                    map.path("events"),
                    "an article needs at least one event (an article is here to source events)");
        }
        for (int i = 0; i < eventNodes.orElse(List.of()).size(); i++) {
            Optional<Event> event = event(eventNodes.get().get(i), YamlMap.index(map.path("events"), i), id, problems);
            event.ifPresent(catalog.events::add);
        }
        if (id.isPresent() && title.isPresent() && outlet.isPresent() && urlOk && published.isPresent()) {
            catalog.articles.add(
                    new Article(ArticleId.of(id.get()), title.get(), outlet.get(), url, published.get(), note, file));
        }
    }

    private Optional<Event> event(Node node, String path, Optional<String> articleId, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(node, path, "an event", EVENT_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<String> id = map.requiredId("id");
        id.ifPresent(value -> catalog.declare(Catalog.Kind.EVENT, map, "id", value));
        Optional<PartialDate> date = map.requiredDate("date");
        Optional<PartialDate> end = map.optionalDate("end");
        boolean endOk = map.node("end").isEmpty() || end.isPresent();
        if (date.isPresent()
                && end.isPresent()
                && end.get().endInclusive().isBefore(date.get().start())) {
            problems.add(
                    map.node("end").orElseThrow(),
                    map.path("end"),
                    "the event ends (" + end.get() + ") before it starts (" + date.get() + ")");
            endOk = false;
        }
        Optional<String> title = map.requiredText("title");
        Optional<EventType> type = map.requiredChoice("type", EventType.values(), EventType::key, "event type");
        Optional<CameoCode> cameo = CameoField.read(map, type);
        boolean cameoOk = map.node(CameoField.KEY).isEmpty() || cameo.isPresent();
        Optional<String> summary = map.optionalText("summary");
        Optional<String> location = map.optionalText("location");
        List<Participant> participants = new ArrayList<>();
        Optional<List<Node>> participantNodes = map.requiredList("participants");
        boolean participantsOk = participantNodes.isPresent();
        if (participantNodes.isPresent() && participantNodes.get().isEmpty()) {
            problems.add(
                    map.node("participants").orElseThrow(),
                    map.path("participants"),
                    "an event needs at least one participant");
            participantsOk = false;
        }
        for (int i = 0; i < participantNodes.orElse(List.of()).size(); i++) {
            Optional<Participant> participant =
                    participant(participantNodes.get().get(i), YamlMap.index(map.path("participants"), i), problems);
            participant.ifPresent(participants::add);
            participantsOk &= participant.isPresent();
        }
        List<Quote> quotes = new ArrayList<>();
        List<Node> quoteNodes = map.optionalList("quotes").orElse(List.of());
        for (int i = 0; i < quoteNodes.size(); i++) {
            quote(quoteNodes.get(i), YamlMap.index(map.path("quotes"), i), problems)
                    .ifPresent(quotes::add);
        }
        if (articleId.isEmpty()
                || id.isEmpty()
                || date.isEmpty()
                || !endOk
                || title.isEmpty()
                || type.isEmpty()
                || !cameoOk
                || !participantsOk) {
            return Optional.empty();
        }
        return Optional.of(new Event(
                EventId.of(id.get()),
                ArticleId.of(articleId.get()),
                date.get(),
                end,
                title.get(),
                type.get(),
                summary,
                location,
                participants,
                quotes,
                cameo));
    }

    private Optional<Participant> participant(Node node, String path, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(node, path, "a participant", PARTICIPANT_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<String> actor = map.requiredText("actor");
        actor.ifPresent(value -> catalog.refer(map, "actor", value));
        Optional<ParticipantRole> role =
                map.optionalChoice("role", ParticipantRole.values(), ParticipantRole::key, "participant role");
        if (actor.isEmpty() || !Ids.isValid(actor.get()) || map.node("role").isPresent() && role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Participant(ActorId.of(actor.get()), role.orElse(ParticipantRole.PARTICIPANT)));
    }

    private Optional<Quote> quote(Node node, String path, FileProblems problems) {
        Optional<YamlMap> read = YamlMap.of(node, path, "a quote", QUOTE_FIELDS, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = read.get();
        Optional<String> text = map.requiredText("text");
        Optional<String> speaker = map.optionalText("speaker");
        speaker.ifPresent(value -> catalog.refer(map, "speaker", value));
        if (text.isEmpty() || speaker.isPresent() && !Ids.isValid(speaker.get())) {
            return Optional.empty();
        }
        return Optional.of(new Quote(text.get(), speaker.map(ActorId::of)));
    }
}
