package dev.parley.studio.ui;

import dev.parley.actor.ActorKind;
import dev.parley.event.ParticipantRole;
import dev.parley.studio.ActorForm;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.QuoteForm;
import dev.parley.suggest.ActorMention;
import dev.parley.suggest.DateMention;
import dev.parley.suggest.NewName;
import dev.parley.suggest.QuoteCandidate;
import dev.parley.suggest.TypeSuggestion;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What accepting a suggestion does to a draft: it fills the event the curator chose ("Add to event") and nothing
 * else. A suggestion is never applied on its own; this is the one place that turns one into form values. When the
 * draft has no event yet, accepting adds the first one, so the curator's click is never lost.
 */
final class Accepting {
    private Accepting() {}

    /** The actor as a {@code participant} of the event, unless it already takes part in it. */
    static Draft actor(Draft draft, int event, ActorMention mention) {
        String id = mention.actor().value();
        return onEvent(
                draft,
                event,
                e -> e.participants().stream().anyMatch(p -> p.actor().equals(id))
                        ? e
                        : Edits.participants(
                                e,
                                list -> Edits.append(
                                        list, new ParticipantForm(id, ParticipantRole.PARTICIPANT.key()))));
    }

    /** The date, at the precision the text gave, as the event's date. */
    static Draft date(Draft draft, int event, DateMention mention) {
        return onEvent(
                draft,
                event,
                e -> Edits.eventField(e, Edits.EventField.DATE, mention.date().iso()));
    }

    /** The quote with its suggested speaker, who also becomes a participant when known and not yet one. */
    static Draft quote(Draft draft, int event, QuoteCandidate quote) {
        String speaker = quote.speaker().map(a -> a.value()).orElse("");
        Draft withQuote = onEvent(
                draft, event, e -> Edits.quotes(e, list -> Edits.append(list, new QuoteForm(quote.text(), speaker))));
        return speaker.isEmpty()
                ? withQuote
                : actor(withQuote, event, new ActorMention(quote.speaker().orElseThrow(), List.of(), List.of(), 1));
    }

    static Draft type(Draft draft, int event, TypeSuggestion type) {
        return onEvent(
                draft,
                event,
                e -> Edits.eventField(e, Edits.EventField.TYPE, type.type().key()));
    }

    /** A new actor form prefilled from the name, with the id made from it; a person, which the curator may change. */
    static Draft newName(Draft draft, NewName name, String id) {
        if (draft.newActors().stream().anyMatch(a -> a.id().equals(id))) {
            return draft;
        }
        var form = new ActorForm(id, name.name(), ActorKind.PERSON.key(), List.of(), "", List.of());
        return Edits.newActors(draft, list -> Edits.append(list, form));
    }

    private static Draft onEvent(Draft draft, int event, UnaryOperator<EventForm> change) {
        Draft withEvent = draft.article().events().isEmpty()
                ? Edits.article(draft, a -> a.withEvents(List.of(EventForm.empty())))
                : draft;
        int index = Math.max(0, Math.min(event, withEvent.article().events().size() - 1));
        return Edits.event(withEvent, index, change);
    }
}
