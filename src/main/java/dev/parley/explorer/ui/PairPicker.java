package dev.parley.explorer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.parley.actor.Actor;

/**
 * One actor of a pair, chosen by name. Its value reaches the server when the user commits a choice ({@code change}),
 * not on every {@code value-changed}: that one also fires when the server sets the value, and would send the value of
 * every opened pair straight back, one round trip more per opening.
 */
final class PairPicker extends ComboBox<Actor> {
    PairPicker(String label, String id) {
        super(label);
        setSynchronizedEvent("change");
        setItemLabelGenerator(Actor::name);
        setId(id);
        setClearButtonVisible(false);
    }
}
