package dev.parley.explorer.ui;

import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.ui.EventText;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The timeline's accessible twin: the events of the current window and filters. */
class EventTable extends TwinTable<Event> implements ExplorerPart {
    private Dataset dataset = Dataset.empty();

    EventTable(Consumer<EventId> onSelect) {
        super("event-table", "Filter the events table", e -> onSelect.accept(e.id()));
        grid.addColumn(EventText::dateOf)
                .setHeader("Date")
                .setSortable(true)
                .setComparator(Event::date)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Event::title).setHeader("Event").setSortable(true).setFlexGrow(3);
        grid.addColumn(e -> e.type().key())
                .setHeader("Type")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.type().eventClass().label())
                .setHeader("Class")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> EventText.participantsOf(e, dataset))
                .setHeader("Participants")
                .setFlexGrow(2);
        grid.addColumn(e -> dataset.sourceOf(e).outlet())
                .setHeader("Source")
                .setSortable(true)
                .setFlexGrow(1);
        grid.getColumns().forEach(c -> c.setResizable(true));
    }

    @Override
    protected String searchText(Event e) {
        return e.title() + " " + e.type().key() + " " + EventText.participantsOf(e, dataset);
    }

    @Override
    public void show(ExplorerScene scene, StateChange change) {
        if (change.filter()) {
            show(scene.windowEvents(), scene.dataset(), scene.state().event());
        } else if (change.selection()) {
            select(scene.state().event());
        }
    }

    private void show(List<Event> shown, Dataset d, Optional<EventId> selected) {
        dataset = d;
        setItems(shown);
        select(selected);
    }

    private void select(Optional<EventId> selected) {
        showSelected(selected.flatMap(dataset::event).orElse(null));
    }
}
