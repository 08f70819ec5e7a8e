package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.parley.studio.EventForm;
import dev.parley.studio.QuoteForm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** What was said at an event: the words, which must be in the pasted text word for word, and who said them. */
final class QuoteRows extends Div {
    private final List<TextArea> texts = new ArrayList<>();
    private final List<ActorPicker> speakers = new ArrayList<>();

    QuoteRows(String at, List<QuoteForm> rows, ActorChoices choices, Consumer<UnaryOperator<EventForm>> edit) {
        addClassName("studio-quotes");
        add(
                new H5("Quotes"),
                Fields.hint("Word for word as in the article's text; only spaces, line breaks and the "
                        + "style of quotation marks may differ."));
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            TextArea text = Fields.area(
                    "Quote",
                    at + "quote-" + i + "-text",
                    v -> edit.accept(e ->
                            Edits.quotes(e, l -> Edits.replace(l, row, q -> new QuoteForm(v, q.speaker())))));
            text.getStyle().set("flex", "1 1 16em");
            ActorPicker speaker = new ActorPicker(
                    "Speaker",
                    choices,
                    rows.get(i).speaker(),
                    v -> edit.accept(e ->
                            Edits.quotes(e, l -> Edits.replace(l, row, q -> new QuoteForm(q.text(), v)))));
            speaker.setId(at + "quote-" + i + "-speaker");
            Button remove = new Button("Remove", ev -> edit.accept(e -> Edits.quotes(e, l -> Edits.remove(l, row))));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            FlexLayout line = new FlexLayout(text, speaker, remove);
            line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.getStyle().set("gap", "var(--lumo-space-s)");
            line.addClassName("studio-quote");
            texts.add(text);
            speakers.add(speaker);
            add(line);
        }
        Button add = new Button(
                "Add quote", ev -> edit.accept(e -> Edits.quotes(e, l -> Edits.append(l, new QuoteForm("", "")))));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId(at + "add-quote");
        add(add);
    }

    void show(List<QuoteForm> rows, ActorChoices choices) {
        for (int i = 0; i < Math.min(rows.size(), texts.size()); i++) {
            Fields.set(texts.get(i), rows.get(i).text());
            speakers.get(i).offer(choices);
            speakers.get(i).set(rows.get(i).speaker());
        }
    }
}
