package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.parley.studio.Draft;
import dev.parley.studio.SaveOutcome;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Save (possible only when the check finds no problem), Delete for an article opened from the data, the warning
 * that a save drops the file's comments, and what became of the last save when it did not go through.
 */
final class SavePart extends Div implements DraftPart {
    private final Button save = new Button("Save");
    private final Button delete = new Button("Delete article…");
    private final Span commentsWarning = new Span(
            "This article's file has comments besides the schema line: saving writes it in the standard format and "
                    + "drops them.");
    private final Div outcome = new Div();

    SavePart(Consumer<DraftIntent> intents) {
        setId("studio-save");
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> intents.accept(new DraftIntent.Save()));
        delete.setId("delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> Confirm.ask(
                "Delete this article?",
                "Its file is removed from data/articles, with its events; the actors stay.",
                "Delete",
                () -> intents.accept(new DraftIntent.Delete())));
        commentsWarning.setId("comments-warning");
        commentsWarning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
        outcome.setId("save-outcome");
        FlexLayout buttons = new FlexLayout(save, delete);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        add(commentsWarning, buttons, outcome);
    }

    @Override
    public void show(DraftScene scene) {
        Draft draft = scene.draft();
        save.setEnabled(scene.problems().isEmpty() && draft.text().length() <= SourcePart.MAX_TEXT);
        delete.setVisible(draft.editing().isPresent());
        commentsWarning.setVisible(hasComments(draft.original()));
    }

    /** Shows a save, delete or revert that did not go through; nothing was written. */
    void refused(SaveOutcome refused) {
        outcome.removeAll();
        switch (refused) {
            case SaveOutcome.Conflict c -> {
                Span message = new Span(c.message());
                message.setId("conflict-message");
                message.getStyle().set("color", "var(--lumo-error-text-color)");
                Pre changes = new Pre(c.changes());
                changes.setId("conflict-changes");
                changes.getStyle().set("overflow-x", "auto").set("max-width", "100%");
                outcome.add(message, changes);
            }
            case SaveOutcome.Invalid i -> {
                Span message = new Span("Not saved: " + i.problems().size() + " problem(s), listed under Problems.");
                message.setId("invalid-message");
                message.getStyle().set("color", "var(--lumo-error-text-color)");
                outcome.add(message);
            }
            case SaveOutcome.Saved s -> outcome.add(new Span(s.message()));
        }
    }

    /**
     * Whether the file's text has a comment line other than the schema line ({@code # yaml-language-server: …}),
     * which a save, writing the standard format, does not keep.
     */
    static boolean hasComments(String original) {
        return Arrays.stream(original.split("\n"))
                .map(String::strip)
                .anyMatch(line -> line.startsWith("#") && !line.startsWith("# yaml-language-server:"));
    }
}
