package dev.parley.studio.ui;

import dev.parley.studio.ActorForm;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.QuoteForm;
import dev.parley.studio.RoleForm;

/** "Use the known actor instead": a new actor taken out of the draft, every reference to it pointed elsewhere. */
final class Replacing {
    private Replacing() {}

    /** Removes new actor {@code index} and makes its participants, speakers and role bodies {@code known}. */
    static Draft newActorBy(Draft draft, int index, String known) {
        if (index < 0 || index >= draft.newActors().size()) {
            return draft;
        }
        String old = draft.newActors().get(index).id();
        Draft without = Edits.newActors(draft, l -> Edits.remove(l, index));
        if (old.isEmpty()) {
            return without;
        }
        Draft events = Edits.article(
                without,
                a -> a.withEvents(
                        a.events().stream().map(e -> replace(e, old, known)).toList()));
        return Edits.newActors(
                events, l -> l.stream().map(a -> replace(a, old, known)).toList());
    }

    private static EventForm replace(EventForm e, String old, String known) {
        EventForm withParticipants = Edits.participants(
                e,
                l -> l.stream()
                        .map(p -> p.actor().equals(old) ? new ParticipantForm(known, p.role()) : p)
                        .toList());
        return Edits.quotes(
                withParticipants,
                l -> l.stream()
                        .map(q -> q.speaker().equals(old) ? new QuoteForm(q.text(), known) : q)
                        .toList());
    }

    private static ActorForm replace(ActorForm a, String old, String known) {
        return Edits.roles(
                a,
                l -> l.stream()
                        .map(r -> r.of().equals(old) ? new RoleForm(r.title(), known, r.from(), r.to()) : r)
                        .toList());
    }
}
