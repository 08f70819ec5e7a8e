package dev.parley.network;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.EventId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tie between two actors of an {@link ActorNetwork}: either they took part in events together
 * ({@link ConnectionKind#INTERACTION}, with {@code a} before {@code b} by id) or one holds a role of the other
 * ({@link ConnectionKind#AFFILIATION}, {@code a} the role holder, {@code b} the institution or state the role belongs
 * to). Value-equal and immutable.
 *
 * @param aToB the number of events in which {@code a} is an initiator and {@code b} a recipient
 * @param bToA the number of events in which {@code b} is an initiator and {@code a} a recipient
 * @param events the shared events, newest first (by date, then id, both descending); empty for an affiliation
 * @param first the date of the oldest shared event
 * @param last the date of the newest shared event
 * @param roleTitle for an affiliation, the title of the role (several roles of the same actor joined by "; ")
 * @param tone how cooperative or conflictual the shared events are; {@link Tone#NONE} for an affiliation
 */
public record Connection(
        ActorId a,
        ActorId b,
        ConnectionKind kind,
        int aToB,
        int bToA,
        List<EventId> events,
        Optional<PartialDate> first,
        Optional<PartialDate> last,
        Optional<String> roleTitle,
        Tone tone) {

    public Connection {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        events = List.copyOf(events);
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(roleTitle, "roleTitle");
        Objects.requireNonNull(tone, "tone");
        if (tone.scored() > events.size()) {
            throw new IllegalArgumentException("more scored events than events");
        }
        if (a.equals(b)) {
            throw new IllegalArgumentException("an actor is not connected to itself: " + a);
        }
        if (aToB < 0 || bToA < 0 || aToB > events.size() || bToA > events.size()) {
            throw new IllegalArgumentException("direction counts must lie between 0 and the number of events");
        }
        if (first.isPresent() != !events.isEmpty() || last.isPresent() != !events.isEmpty()) {
            throw new IllegalArgumentException("first and last dates are present exactly when there are events");
        }
        if (kind == ConnectionKind.INTERACTION && (a.compareTo(b) > 0 || events.isEmpty() || roleTitle.isPresent())) {
            throw new IllegalArgumentException("an interaction has a < b, at least one event and no role");
        }
        if (kind == ConnectionKind.AFFILIATION && (!events.isEmpty() || roleTitle.isEmpty())) {
            throw new IllegalArgumentException("an affiliation has a role title and no events");
        }
    }

    static Connection interaction(
            ActorId a,
            ActorId b,
            int aToB,
            int bToA,
            List<EventId> newestFirst,
            PartialDate first,
            PartialDate last,
            Tone tone) {
        return new Connection(
                a,
                b,
                ConnectionKind.INTERACTION,
                aToB,
                bToA,
                newestFirst,
                Optional.of(first),
                Optional.of(last),
                Optional.empty(),
                tone);
    }

    static Connection affiliation(ActorId holder, ActorId of, String roleTitle) {
        return new Connection(
                holder,
                of,
                ConnectionKind.AFFILIATION,
                0,
                0,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(roleTitle),
                Tone.NONE);
    }

    /** The number of shared events; 0 for an affiliation. */
    public int weight() {
        return events.size();
    }

    /** Which way the initiator-to-recipient events run. */
    public Direction direction() {
        return Direction.of(aToB, bToA);
    }

    public boolean involves(ActorId actor) {
        return a.equals(actor) || b.equals(actor);
    }

    /** The end that is not {@code actor}. */
    public ActorId other(ActorId actor) {
        if (a.equals(actor)) {
            return b;
        }
        if (b.equals(actor)) {
            return a;
        }
        throw new IllegalArgumentException(actor + " is not an end of " + this);
    }

    @Override
    public String toString() {
        return kind == ConnectionKind.INTERACTION
                ? a + " -- " + b + " (" + weight() + ")"
                : a + " -> " + b + " (" + roleTitle.orElseThrow() + ")";
    }
}
