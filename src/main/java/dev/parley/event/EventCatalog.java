package dev.parley.event;

import dev.parley.actor.ActorDirectory;
import java.util.List;

/**
 * The events of a dataset in time order, their sources and their actors: what filters and event views read, without
 * depending on how the data was loaded (the dataset package implements it).
 */
public interface EventCatalog extends ActorDirectory {
    /** Every event, in time order (earliest first day first). */
    List<Event> events();

    /** The article an event cites. */
    Article sourceOf(Event event);
}
