package dev.parley.explorer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.ui.EventText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The timeline's accessible twin: the shown events as a sortable, filterable grid, operable by keyboard.
 * Selecting a row selects the event everywhere; the explorer's selection is reflected here.
 */
class EventTable extends VerticalLayout {
    private final Grid<Event> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<Event> events = List.of();
    private Dataset dataset = Dataset.empty();
    private boolean updating;

    EventTable(Consumer<EventId> onSelect) {
        setSizeFull();
        setPadding(false);
        filter.setPlaceholder("Filter these events");
        filter.setAriaLabel("Filter the events table");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        grid.setId("event-table");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(EventText::dateOf).setHeader("Date").setSortable(true).setComparator(Event::date)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Event::title).setHeader("Event").setSortable(true).setFlexGrow(3);
        grid.addColumn(e -> e.type().key()).setHeader("Type").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.type().eventClass().label()).setHeader("Class").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> EventText.participantsOf(e, dataset)).setHeader("Participants").setFlexGrow(2);
        grid.addColumn(e -> dataset.sourceOf(e).outlet()).setHeader("Source").setSortable(true).setFlexGrow(1);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                onSelect.accept(e.getValue().id());
            }
        });
        add(filter, grid);
        setFlexGrow(1, grid);
    }

    void show(List<Event> shown, Dataset d, Optional<EventId> selected) {
        events = shown;
        dataset = d;
        refresh();
        select(selected);
    }

    void select(Optional<EventId> selected) {
        updating = true;
        try {
            Event event = selected.flatMap(dataset::event).filter(events::contains).orElse(null);
            grid.asSingleSelect().setValue(event);
            if (event != null) {
                grid.scrollToItem(event);
            }
        } finally {
            updating = false;
        }
    }

    private void refresh() {
        String q = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(events.stream().filter(e -> q.isEmpty()
                || (e.title() + " " + e.type().key() + " " + EventText.participantsOf(e, dataset))
                        .toLowerCase(Locale.ROOT).contains(q)).toList());
    }
}
