package dev.parley.studio.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The studio's text fields: each reports the curator's typing a moment after they pause (so every change is kept as
 * they type, without a round trip per key), and is updated from the draft only when its value really differs, so
 * the field being typed in never jumps.
 */
final class Fields {
    static final int PAUSE_MS = 600;

    private Fields() {}

    static TextField text(String label, String id, Consumer<String> typed) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.accept(e.getValue());
            }
        });
        return field;
    }

    static TextArea area(String label, String id, Consumer<String> typed) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(PAUSE_MS);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed.accept(e.getValue());
            }
        });
        return area;
    }

    /** Sets a field from the draft when it shows something else. */
    static <V> void set(AbstractField<?, V> field, V value) {
        if (!Objects.equals(field.getValue(), value)) {
            field.setValue(value);
        }
    }

    /** A line of explanation under a heading, in the secondary colour. */
    static Paragraph hint(String words) {
        Paragraph p = new Paragraph(words);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return p;
    }
}
