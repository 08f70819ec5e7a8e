package dev.parley.studio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Drafts for the tests, against the valid fixture's actors. */
final class StudioDrafts {
    static final String TEXT = "Trump called Putin on Tuesday. \u201CWe agreed to talk,\u201D Trump said.\nPutin's"
            + " office confirmed it.";

    private StudioDrafts() {}

    static EventForm event(String id, List<QuoteForm> quotes) {
        return new EventForm(
                id,
                "2025-04-01",
                "",
                "Trump calls Putin",
                "consult",
                "",
                "",
                "",
                List.of(new ParticipantForm("donald-trump", "initiator"), new ParticipantForm("new-envoy", "")),
                quotes);
    }

    static ArticleForm article(String id, String eventId) {
        return new ArticleForm(
                id,
                "A <b>call</b>",
                "Example Wire",
                "https://example.com/call",
                "2025-04-02",
                "",
                List.of(event(eventId, List.of(new QuoteForm("We agreed to talk,", "donald-trump")))));
    }

    static ActorForm envoy() {
        return new ActorForm("new-envoy", "New Envoy", "person", List.of("Envoy"), "", List.of());
    }

    /** A new article with one event, a verbatim quote and one new actor. */
    static Draft newArticle(String id) {
        return draft(Optional.empty(), "", "", TEXT, article(id, id + "-call"), List.of(envoy()));
    }

    static Draft draft(
            Optional<String> editing,
            String fingerprint,
            String original,
            String text,
            ArticleForm article,
            List<ActorForm> newActors) {
        return new Draft(
                UUID.randomUUID().toString(),
                "ana",
                editing,
                fingerprint,
                original,
                text,
                article,
                newActors,
                Set.of(),
                Instant.EPOCH);
    }

    /** The draft of an opened article with its form changed. */
    static Draft edit(String id, OpenedArticle opened, ArticleForm changed) {
        return draft(Optional.of(id), opened.fingerprint(), opened.original(), "", changed, List.of());
    }
}
