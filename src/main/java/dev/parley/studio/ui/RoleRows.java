package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.parley.studio.ActorForm;
import dev.parley.studio.RoleForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The positions a new actor held: a title, the body it is held in, and optional dates. */
final class RoleRows extends Div {
    private final List<List<TextField>> fields = new ArrayList<>();
    private final List<ActorPicker> bodies = new ArrayList<>();

    RoleRows(String at, List<RoleForm> rows, ActorChoices choices, Consumer<UnaryOperator<ActorForm>> edit) {
        add(new H5("Roles (optional)"));
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            TextField title = Fields.text(
                    "Title",
                    at + "role-" + i + "-title",
                    v -> change(edit, row, r -> new RoleForm(v, r.of(), r.from(), r.to())));
            ActorPicker of = new ActorPicker(
                    "Of",
                    choices,
                    rows.get(i).of(),
                    v -> change(edit, row, r -> new RoleForm(r.title(), v, r.from(), r.to())));
            of.setId(at + "role-" + i + "-of");
            TextField from = Fields.text(
                    "From",
                    at + "role-" + i + "-from",
                    v -> change(edit, row, r -> new RoleForm(r.title(), r.of(), v, r.to())));
            TextField to = Fields.text(
                    "To",
                    at + "role-" + i + "-to",
                    v -> change(edit, row, r -> new RoleForm(r.title(), r.of(), r.from(), v)));
            from.setPlaceholder("YYYY-MM-DD");
            to.setPlaceholder("YYYY-MM-DD");
            List.of(title, from, to).forEach(f -> f.setWidth("12em"));
            Button remove = new Button("Remove", e -> edit.accept(a -> Edits.roles(a, l -> Edits.remove(l, row))));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            FlexLayout line = new FlexLayout(title, of, from, to, remove);
            line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.getStyle().set("gap", "var(--lumo-space-s)");
            fields.add(List.of(title, from, to));
            bodies.add(of);
            add(line);
        }
        Button add = new Button(
                "Add role", e -> edit.accept(a -> Edits.roles(a, l -> Edits.append(l, new RoleForm("", "", "", "")))));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId(at + "add-role");
        add(add);
    }

    private static void change(Consumer<UnaryOperator<ActorForm>> edit, int row, UnaryOperator<RoleForm> change) {
        edit.accept(a -> Edits.roles(a, l -> Edits.replace(l, row, change)));
    }

    void show(List<RoleForm> rows, ActorChoices choices) {
        for (int i = 0; i < Math.min(rows.size(), fields.size()); i++) {
            RoleForm r = rows.get(i);
            Fields.set(fields.get(i).get(0), r.title());
            Fields.set(fields.get(i).get(1), r.from());
            Fields.set(fields.get(i).get(2), r.to());
            bodies.get(i).offer(choices);
            bodies.get(i).set(r.of());
        }
    }
}
