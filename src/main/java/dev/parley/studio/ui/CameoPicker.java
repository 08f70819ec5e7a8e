package dev.parley.studio.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import dev.parley.event.Cameo;
import dev.parley.event.CameoCode;
import dev.parley.event.EventType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An event's optional CAMEO code, picked by typing part of its number or its name ("embargo" finds 163): the codes
 * offered are those under the roots of the event's type (all codes while no type is chosen), each shown with its
 * name. A code typed that is not offered is kept as typed, so the check can say why it does not fit instead of the
 * picker silently dropping it.
 */
final class CameoPicker extends ComboBox<String> {
    static final String HELP = "Optional: a finer CAMEO code when the article states the act precisely";

    private List<String> offered;

    CameoPicker(String label, String value, Consumer<String> picked) {
        super(label);
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setHelperText(HELP);
        setItemLabelGenerator(CameoPicker::label);
        offer(null);
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

    /** "163 Impose embargo, boycott, or sanctions"; a code Parley does not know is shown as typed. */
    static String label(String code) {
        return Cameo.code(code).map(c -> c.code() + " " + c.name()).orElse(code);
    }

    /** The codes an event of {@code type} may have, by code; every code when the type is not chosen yet. */
    static List<String> codesFor(EventType type) {
        return Cameo.codes().stream()
                .filter(c -> type == null || type.allows(c))
                .map(CameoCode::code)
                .toList();
    }

    /** Whether a code's number or name contains the typed text, ignoring case. */
    static boolean matches(String code, String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return label(code).toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** Offers the codes of another type; keeps the value, which the check judges. */
    void offer(EventType type) {
        List<String> next = codesFor(type);
        if (next.equals(offered)) {
            return;
        }
        String value = getValue();
        offered = next;
        setItems(CameoPicker::matches, next);
        if (value != null && !value.isEmpty()) {
            setValue(value);
        }
    }

    void set(String code) {
        String now = getValue() == null ? "" : getValue();
        if (!Objects.equals(now, code)) {
            setValue(code.isEmpty() ? null : code);
        }
    }
}
