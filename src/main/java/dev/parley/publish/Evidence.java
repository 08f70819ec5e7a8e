package dev.parley.publish;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evidence inside a published file: each event once, and for each item id the chart carries, what a click on it
 * shows. Only events some item of the chart shows are inside.
 *
 * @param events the events, in time order
 * @param items per chart item id (see {@link dev.parley.chart.ChartKeyCodec}), its label and events
 * @param first the id of the item whose evidence shows when the file opens (what was selected), or null
 */
public record Evidence(List<PublishedEvent> events, Map<String, ItemEvidence> items, String first) {
    public Evidence {
        events = List.copyOf(events);
        items = Map.copyOf(items);
        if (first != null && !items.containsKey(first)) {
            throw new IllegalArgumentException("the first item " + first + " has no evidence");
        }
        for (ItemEvidence item : items.values()) {
            for (int i : item.events()) {
                Objects.checkIndex(i, events.size());
            }
        }
    }
}
