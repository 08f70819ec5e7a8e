package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.parley.event.EventType;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ui.Edits.EventField;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The form of one event: when, what, where, who (participants with roles) and what was said (quotes with speakers).
 * Made for one shape of the event (its number of participants and quotes); the events part makes a new one when the
 * shape changes, and otherwise hands it the event to show in place.
 */
final class EventFormPart extends Div {
    static final String DATE_FORMATS = "YYYY, YYYY-MM or YYYY-MM-DD: the format is the precision";

    private final int index;
    private final Consumer<DraftIntent> intents;
    private final AutoIds ids;
    private final TextField id;
    private final TextField date;
    private final TextField end;
    private final TextField title;
    private final Select<EventType> type = new Select<>();
    private final CameoPicker cameo;
    private final TextArea summary;
    private final TextField location;
    private final ParticipantRows participants;
    private final QuoteRows quotes;

    EventFormPart(int index, EventForm event, ActorChoices choices, AutoIds ids, Consumer<DraftIntent> intents) {
        this.index = index;
        this.intents = intents;
        this.ids = ids;
        String at = "event-" + index + "-";
        addClassName("studio-event");
        getElement().setAttribute("data-event", Integer.toString(index));
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        id = Fields.text("Event id", at + "id", v -> set(EventField.ID, v));
        id.setHelperText("Made from the date and title until you type your own");
        date = Fields.text("Date", at + "date", v -> set(EventField.DATE, v));
        date.setHelperText(DATE_FORMATS);
        end = Fields.text("End (optional)", at + "end", v -> set(EventField.END, v));
        end.setHelperText("For events that last: " + DATE_FORMATS);
        title = Fields.text("Title", at + "title", v -> set(EventField.TITLE, v));
        type.setLabel("Type");
        type.setId(at + "type");
        type.setItems(Arrays.asList(EventType.values()));
        type.setItemLabelGenerator(t -> t == null ? "" : t.key());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("(choose a type)");
        type.setWidthFull();
        type.addValueChangeListener(e -> {
            describe(e.getValue());
            if (e.isFromClient()) {
                set(EventField.TYPE, e.getValue() == null ? "" : e.getValue().key());
            }
        });
        cameo = new CameoPicker("CAMEO code (optional)", event.cameo(), v -> set(EventField.CAMEO, v));
        cameo.setId(at + "cameo");
        cameo.setWidthFull();
        summary = Fields.area("Summary", at + "summary", v -> set(EventField.SUMMARY, v));
        location = Fields.text("Location (optional)", at + "location", v -> set(EventField.LOCATION, v));
        FormLayout form = new FormLayout(date, end, title, id, type, cameo, location, summary);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(summary, 2);
        participants = new ParticipantRows(at, event.participants(), choices, this::edit);
        quotes = new QuoteRows(at, event.quotes(), choices, this::edit);
        Button remove = new Button(
                "Remove event",
                e -> intents.accept(new DraftIntent.Edit(d ->
                        Edits.article(d, a -> a.withEvents(Edits.remove(a.events(), index))))));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.addClassName("studio-remove-event");
        HorizontalLayout head = new HorizontalLayout(new H4("Event " + (index + 1)), remove);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head, form, participants, quotes);
        show(event, choices);
    }

    void show(EventForm event, ActorChoices choices) {
        Fields.set(id, event.id());
        Fields.set(date, event.date());
        Fields.set(end, event.end());
        Fields.set(title, event.title());
        EventType chosen = Arrays.stream(EventType.values())
                .filter(t -> t.key().equals(event.type()))
                .findFirst()
                .orElse(null);
        Fields.set(type, chosen);
        cameo.offer(chosen);
        cameo.set(event.cameo());
        Fields.set(summary, event.summary());
        Fields.set(location, event.location());
        participants.show(event.participants(), choices);
        quotes.show(event.quotes(), choices);
    }

    private void describe(EventType chosen) {
        type.setHelperText(chosen == null ? "What kind of event: each type says what it covers" : chosen.description());
    }

    /** A field typed; the id follows the date and title until the curator types their own. */
    private void set(EventField field, String value) {
        edit(e -> {
            EventForm next = Edits.eventField(e, field, value);
            if (field != EventField.ID && AutoIds.follows(e.id(), ids.event(e.date(), e.title()))) {
                next = Edits.eventField(next, EventField.ID, ids.event(next.date(), next.title()));
            }
            return next;
        });
    }

    private void edit(UnaryOperator<EventForm> change) {
        UnaryOperator<Draft> onDraft = d -> Edits.event(d, index, change);
        intents.accept(new DraftIntent.Edit(onDraft));
    }
}
