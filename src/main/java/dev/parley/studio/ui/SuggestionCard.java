package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * One suggestion: what was found, where (the sentences, as plain text), and the curator's two choices. Nothing
 * happens until one is clicked.
 */
final class SuggestionCard extends Div {
    SuggestionCard(String key, String headline, List<String> sentences, Runnable accept, Runnable dismiss) {
        addClassName("studio-suggestion");
        getElement().setAttribute("data-key", key);
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)")
                .set("overflow-wrap", "anywhere");
        Span head = new Span(headline);
        head.addClassName("studio-suggestion-headline");
        head.getStyle().set("font-weight", "600");
        add(head);
        for (String sentence : sentences) {
            Div line = new Div(sentence);
            line.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            add(line);
        }
        Button yes = new Button("Accept", e -> accept.run());
        yes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        yes.addClassName("studio-accept");
        Button no = new Button("Dismiss", e -> dismiss.run());
        no.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        no.addClassName("studio-dismiss");
        HorizontalLayout buttons = new HorizontalLayout(yes, no);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        buttons.setSpacing(true);
        add(buttons);
    }

    /** Adds a line under the headline, such as "did you mean …?" with its own button. */
    void addDetail(com.vaadin.flow.component.Component detail) {
        addComponentAtIndex(1, detail);
    }
}
