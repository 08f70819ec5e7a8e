package dev.parley.event;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorDirectory;
import dev.parley.actor.ActorKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which events and which actors a view shows. Each set restricts one thing, and an empty set means no restriction:
 * an event matches when it overlaps the window, its class is among {@code classes} and its type among {@code types}.
 * {@code actorKinds} restricts which participants count: only actors of those kinds take part, so an event matches
 * only if at least one participant that is not merely {@link ParticipantRole#MENTIONED mentioned} has an allowed
 * kind (without a kind restriction every event passes, even one whose actors are all only mentioned). Immutable and
 * value-equal, so it can key a cache.
 */
public record EventFilter(TimeWindow window, Set<EventClass> classes, Set<EventType> types, Set<ActorKind> actorKinds) {
    private static final EventFilter ALL = new EventFilter(TimeWindow.all(), Set.of(), Set.of(), Set.of());

    public EventFilter {
        Objects.requireNonNull(window, "window");
        classes = Set.copyOf(classes);
        types = Set.copyOf(types);
        actorKinds = Set.copyOf(actorKinds);
    }

    /** No restriction at all. */
    public static EventFilter all() {
        return ALL;
    }

    /** Whether the event passes the window, class and type, and, when kinds are restricted, has a participant that counts. */
    public boolean matches(Event event, ActorDirectory actors) {
        return window.overlaps(event)
                && (classes.isEmpty() || classes.contains(event.type().eventClass()))
                && (types.isEmpty() || types.contains(event.type()))
                && (actorKinds.isEmpty() || event.participants().stream().anyMatch(p -> takesPart(p, actors)));
    }

    /** The matching events, in the dataset's time order. */
    public List<Event> select(EventCatalog catalog) {
        if (isAll()) {
            return catalog.events(); // every event passes: no pass over all of them on every first view
        }
        return catalog.events().stream().filter(e -> matches(e, catalog)).toList();
    }

    /** Whether actors of this kind are shown. */
    public boolean allowsActor(Actor actor) {
        return actorKinds.isEmpty() || actorKinds.contains(actor.kind());
    }

    /**
     * Whether the participant counts as taking part: not merely mentioned, and of an allowed kind. An actor the
     * dataset does not know never counts when kinds are restricted.
     */
    public boolean takesPart(Participant participant, ActorDirectory actors) {
        if (participant.role() == ParticipantRole.MENTIONED) {
            return false;
        }
        return actorKinds.isEmpty()
                || actors.actor(participant.actor()).map(this::allowsActor).orElse(false);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public EventFilter withWindow(TimeWindow newWindow) {
        return new EventFilter(newWindow, classes, types, actorKinds);
    }

    public EventFilter withClasses(Set<EventClass> newClasses) {
        return new EventFilter(window, newClasses, types, actorKinds);
    }

    public EventFilter withTypes(Set<EventType> newTypes) {
        return new EventFilter(window, classes, newTypes, actorKinds);
    }

    public EventFilter withActorKinds(Set<ActorKind> newKinds) {
        return new EventFilter(window, classes, types, newKinds);
    }
}
