package dev.parley.publish;

import java.util.List;
import java.util.Objects;

/**
 * What a click on one chart item shows in a published file.
 *
 * @param label what the item stands for: an actor's name, two actors' names, an event's title, a month
 * @param events the positions of its events in {@link Evidence#events()}, in time order
 */
public record ItemEvidence(String label, List<Integer> events) {
    public ItemEvidence {
        Objects.requireNonNull(label, "label");
        events = List.copyOf(events);
    }
}
