package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dev.parley.studio.EventForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The article's events, one form each, and "Add event". The forms are made again only when the shape of the events
 * changes (an event, a participant or a quote added or removed); typing only updates values in place.
 */
final class EventsPart extends Div implements DraftPart {
    private final AutoIds ids;
    private final Consumer<DraftIntent> intents;
    private final Div forms = new Div();
    private final List<EventFormPart> parts = new ArrayList<>();
    private List<List<Integer>> shape = List.of();

    EventsPart(AutoIds ids, Consumer<DraftIntent> intents) {
        this.ids = ids;
        this.intents = intents;
        setId("studio-events");
        Button add = new Button(
                "Add event",
                e -> intents.accept(new DraftIntent.Edit(d ->
                        Edits.article(d, a -> a.withEvents(Edits.append(a.events(), EventForm.empty()))))));
        add.setId("add-event");
        add(new H3("Events"), forms, add);
    }

    @Override
    public void show(DraftScene scene) {
        List<EventForm> events = scene.draft().article().events();
        List<List<Integer>> next = events.stream()
                .map(e -> List.of(e.participants().size(), e.quotes().size()))
                .toList();
        if (!next.equals(shape)) {
            shape = next;
            forms.removeAll();
            parts.clear();
            for (int i = 0; i < events.size(); i++) {
                EventFormPart part = new EventFormPart(i, events.get(i), scene.choices(), ids, intents);
                parts.add(part);
                forms.add(part);
            }
            if (events.isEmpty()) {
                forms.add(Fields.hint("No event yet: add one, or accept a suggestion."));
            }
            return;
        }
        for (int i = 0; i < events.size(); i++) {
            parts.get(i).show(events.get(i), scene.choices());
        }
    }
}
