package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.studio.ActorForm;
import dev.parley.studio.ui.Edits.ActorField;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The form of one new actor, with "did you mean …?" when a known actor has a similar name or alias: using it
 * instead removes the new actor and points the draft's participants, speakers and roles at the known one.
 */
final class ActorFormPart extends Div {
    private final int index;
    private final Consumer<DraftIntent> intents;
    private final UnaryOperator<String> idFromName;
    private final Function<String, Optional<ActorId>> similar;
    private final TextField id;
    private final TextField name;
    private final Select<ActorKind> kind = new Select<>();
    private final TextField aliases;
    private final TextField description;
    private final RoleRows roles;
    private final Div didYouMean = new Div();
    private String askedAbout = "";

    ActorFormPart(
            int index,
            ActorForm actor,
            ActorChoices choices,
            UnaryOperator<String> idFromName,
            Function<String, Optional<ActorId>> similar,
            Consumer<DraftIntent> intents) {
        this.index = index;
        this.intents = intents;
        this.idFromName = idFromName;
        this.similar = similar;
        String at = "actor-" + index + "-";
        addClassName("studio-new-actor");
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        name = Fields.text("Name", at + "name", this::typedName);
        id = Fields.text("Actor id", at + "id", v -> set(ActorField.ID, v));
        id.setHelperText("Made from the name until you type your own");
        kind.setLabel("Kind");
        kind.setId(at + "kind");
        kind.setItems(Arrays.asList(ActorKind.values()));
        kind.setItemLabelGenerator(ActorKind::label);
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                set(ActorField.KIND, e.getValue() == null ? "" : e.getValue().key());
            }
        });
        aliases = Fields.text("Aliases (optional)", at + "aliases", v -> set(ActorField.ALIASES, v));
        aliases.setHelperText("Other names used in articles, separated by commas");
        description = Fields.text("Description (optional)", at + "description", v -> set(ActorField.DESCRIPTION, v));
        FormLayout form = new FormLayout(name, id, kind, aliases, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        roles = new RoleRows(at, actor.roles(), choices, change -> edit(change));
        Button remove = new Button(
                "Remove",
                e -> intents.accept(new DraftIntent.Edit(d -> Edits.newActors(d, l -> Edits.remove(l, index)))));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout head = new HorizontalLayout(new H4("New actor " + (index + 1)), remove);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        didYouMean.addClassName("studio-did-you-mean");
        add(head, didYouMean, form, roles);
        show(actor, choices);
    }

    void show(ActorForm actor, ActorChoices choices) {
        Fields.set(name, actor.name());
        Fields.set(id, actor.id());
        Fields.set(
                kind,
                Arrays.stream(ActorKind.values())
                        .filter(k -> k.key().equals(actor.kind()))
                        .findFirst()
                        .orElse(null));
        if (!String.join(", ", actor.aliases()).equals(aliases.getValue().strip())) {
            Fields.set(aliases, String.join(", ", actor.aliases()));
        }
        Fields.set(description, actor.description());
        roles.show(actor.roles(), choices);
        offerKnown(actor, choices);
    }

    /** Asks the studio for a similar known actor once per name, not on every scene. */
    private void offerKnown(ActorForm actor, ActorChoices choices) {
        if (actor.name().equals(askedAbout)) {
            return;
        }
        askedAbout = actor.name();
        didYouMean.removeAll();
        Optional<ActorId> known = actor.name().isBlank() ? Optional.empty() : similar.apply(actor.name());
        known.ifPresent(k -> {
            String label = choices.label(k.value());
            Button use = new Button(
                    "Use " + label + " instead",
                    e -> intents.accept(new DraftIntent.Edit(d -> Replacing.newActorBy(d, index, k.value()))));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            use.addClassName("studio-use-known");
            didYouMean.add(new Span("Did you mean " + label + " (" + k.value() + ")? "), use);
        });
    }

    private void typedName(String value) {
        edit(a -> {
            ActorForm next = Edits.actorField(a, ActorField.NAME, value);
            if (AutoIds.follows(a.id(), a.name().isBlank() ? "" : idFromName.apply(a.name()))) {
                next = Edits.actorField(next, ActorField.ID, value.isBlank() ? "" : idFromName.apply(value));
            }
            return next;
        });
    }

    private void set(ActorField field, String value) {
        edit(a -> Edits.actorField(a, field, value));
    }

    private void edit(UnaryOperator<ActorForm> change) {
        intents.accept(new DraftIntent.Edit(d -> Edits.actor(d, index, change)));
    }
}
