package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A list shown as one component per item, where an item keeps its component for as long as its key is shown: a new
 * list updates the kept rows in place, adds rows for new keys and removes the rest. So a data reload that changes a
 * name changes a text, and a click already on its way to a row's button still finds the button.
 *
 * @param <K> what identifies an item across versions of the data (an actor id, an event id)
 * @param <T> the item
 * @param <R> the row component
 */
final class RowList<K, T, R extends Component> {
    private final HasComponents container;
    private final Function<T, K> key;
    private final Function<T, R> create;
    private final BiConsumer<R, T> update;
    private Map<K, R> rows = new LinkedHashMap<>();

    /**
     * @param container where the rows go; it holds nothing else
     * @param key the key of an item
     * @param create a row for an item that has none yet (then updated with it)
     * @param update shows an item in its row
     */
    RowList(HasComponents container, Function<T, K> key, Function<T, R> create, BiConsumer<R, T> update) {
        this.container = container;
        this.key = key;
        this.create = create;
        this.update = update;
    }

    /** Shows exactly these items, in this order. */
    void show(List<T> items) {
        Map<K, R> next = new LinkedHashMap<>();
        Map<K, R> old = new HashMap<>(rows);
        for (T item : items) {
            K k = key.apply(item);
            if (next.containsKey(k)) {
                continue;
            }
            R row = old.remove(k);
            if (row == null) {
                row = create.apply(item);
            }
            update.accept(row, item);
            next.put(k, row);
        }
        old.values().forEach(container::remove);
        int index = 0;
        for (R row : next.values()) {
            // a kept row in its place is left alone; only new rows and moved ones touch the container
            if (row.getParent().isEmpty() || container.getElement().indexOfChild(row.getElement()) != index) {
                container.addComponentAtIndex(index, row);
            }
            index++;
        }
        rows = next;
    }

    /** The rows shown, in order. */
    List<R> rows() {
        return List.copyOf(rows.values());
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
