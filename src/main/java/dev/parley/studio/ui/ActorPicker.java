package dev.parley.studio.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.function.Consumer;

/**
 * Picks an actor id by typing part of a name, an alias or the id. An id typed that no actor has is kept as typed,
 * so the check can name it ("unknown actor") instead of the picker silently dropping it.
 */
final class ActorPicker extends ComboBox<String> {
    private ActorChoices choices;

    ActorPicker(String label, ActorChoices choices, String value, Consumer<String> picked) {
        super(label);
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setWidth("16em");
        setItemLabelGenerator(id -> this.choices.label(id));
        offer(choices);
        set(value);
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                picked.accept(e.getValue() == null ? "" : e.getValue());
            }
        });
        addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            setValue(typed);
            picked.accept(typed);
        });
    }

    /** Offers another set of actors (the draft's new actors changed); keeps the value. */
    void offer(ActorChoices next) {
        if (next.equals(choices)) {
            return;
        }
        String value = getValue();
        choices = next;
        setItems((id, typed) -> choices.matches(id, typed), next.ids());
        if (value != null && !value.isEmpty()) {
            setValue(value);
        }
    }

    void set(String id) {
        String now = getValue() == null ? "" : getValue();
        if (!now.equals(id)) {
            setValue(id.isEmpty() ? null : id);
        }
    }
}
