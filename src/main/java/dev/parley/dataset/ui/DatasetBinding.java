package dev.parley.dataset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.DatasetState;
import java.util.function.Consumer;

/**
 * Keeps a component up to date with the data on disk while it is attached: each reload reaches it through
 * {@link UI#access}, and detaching stops it, so closed pages leave nothing behind.
 */
public final class DatasetBinding {
    private DatasetBinding() {}

    public static void bind(Component component, DatasetService datasets, Consumer<DatasetState> show) {
        Registration[] listener = new Registration[1];
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            listener[0] = datasets.addListener(state -> {
                try {
                    ui.access(() -> show.accept(state));
                } catch (UIDetachedException closed) {
                    // the page was closed and Vaadin has not yet detached its components: nothing left to show
                    stop(listener);
                }
            });
        });
        component.addDetachListener(detach -> stop(listener));
    }

    private static synchronized void stop(Registration[] listener) {
        if (listener[0] != null) {
            listener[0].remove();
            listener[0] = null;
        }
    }
}
