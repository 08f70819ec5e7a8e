package dev.parley.explorer.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An accessible twin of a chart: the same items as a sortable grid with a filter box, operable by keyboard.
 * A row the user selects is reported; a selection made elsewhere is shown without being reported back.
 */
abstract class TwinTable<T> extends VerticalLayout {
    protected final Grid<T> grid = new Grid<>();
    private final TextField filter = new TextField();
    private List<T> items = List.of();
    private boolean updating;

    TwinTable(String id, String placeholder, Consumer<T> onSelect) {
        setSizeFull();
        setPadding(false);
        filter.setPlaceholder(placeholder);
        filter.setAriaLabel(placeholder);
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                onSelect.accept(e.getValue());
            }
        });
        add(filter, grid);
        setFlexGrow(1, grid);
    }

    /** The words the filter box searches in. */
    protected abstract String searchText(T item);

    protected void setItems(List<T> shown) {
        items = shown;
        refresh();
    }

    /** Selects (and scrolls to) an item, or clears the selection, without reporting it. */
    protected void showSelected(T item) {
        updating = true;
        try {
            T shown = item != null && items.contains(item) ? item : null;
            grid.asSingleSelect().setValue(shown);
            if (shown != null) {
                grid.scrollToItem(shown);
            }
        } finally {
            updating = false;
        }
    }

    private void refresh() {
        String q = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(items.stream()
                .filter(i ->
                        q.isEmpty() || searchText(i).toLowerCase(Locale.ROOT).contains(q))
                .toList());
    }
}
