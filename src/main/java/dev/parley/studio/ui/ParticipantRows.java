package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import dev.parley.event.ParticipantRole;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Who takes part in an event, and how: an actor picker and a role per row, each role saying what it means. */
final class ParticipantRows extends Div {
    static final String ROLES = "initiator acts on recipients; recipient is acted on; participant takes part both "
            + "ways; mentioned is named only";

    private final List<ActorPicker> actors = new ArrayList<>();
    private final List<Select<ParticipantRole>> roles = new ArrayList<>();

    ParticipantRows(
            String at, List<ParticipantForm> rows, ActorChoices choices, Consumer<UnaryOperator<EventForm>> edit) {
        addClassName("studio-participants");
        add(new H5("Participants"), Fields.hint(ROLES));
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            ActorPicker actor = new ActorPicker(
                    "Actor",
                    choices,
                    rows.get(i).actor(),
                    v -> edit.accept(e ->
                            Edits.participants(e, l -> Edits.replace(l, row, p -> new ParticipantForm(v, p.role())))));
            actor.setId(at + "participant-" + i + "-actor");
            Select<ParticipantRole> role = new Select<>();
            role.setLabel("Role");
            role.setId(at + "participant-" + i + "-role");
            role.setItems(Arrays.asList(ParticipantRole.values()));
            role.setItemLabelGenerator(ParticipantRole::key);
            role.addValueChangeListener(ev -> {
                if (ev.isFromClient()) {
                    String key = ev.getValue() == null ? "" : ev.getValue().key();
                    edit.accept(e -> Edits.participants(
                            e, l -> Edits.replace(l, row, p -> new ParticipantForm(p.actor(), key))));
                }
            });
            Button remove =
                    new Button("Remove", ev -> edit.accept(e -> Edits.participants(e, l -> Edits.remove(l, row))));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            FlexLayout line = new FlexLayout(actor, role, remove);
            line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.getStyle().set("gap", "var(--lumo-space-s)");
            line.addClassName("studio-participant");
            actors.add(actor);
            roles.add(role);
            add(line);
        }
        Button add = new Button(
                "Add participant",
                ev -> edit.accept(e -> Edits.participants(
                        e, l -> Edits.append(l, new ParticipantForm("", ParticipantRole.PARTICIPANT.key())))));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId(at + "add-participant");
        add(add);
    }

    void show(List<ParticipantForm> rows, ActorChoices choices) {
        for (int i = 0; i < Math.min(rows.size(), actors.size()); i++) {
            actors.get(i).offer(choices);
            actors.get(i).set(rows.get(i).actor());
            String key = rows.get(i).role();
            Fields.set(
                    roles.get(i),
                    Arrays.stream(ParticipantRole.values())
                            .filter(r -> r.key().equals(key))
                            .findFirst()
                            .orElse(null));
        }
    }
}
