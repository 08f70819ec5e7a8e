package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** A question before a change that is hard to take back (delete, revert, discard): nothing happens on "Cancel". */
final class Confirm {
    private Confirm() {}

    static Dialog ask(String title, String question, String confirm, Runnable confirmed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(question));
        dialog.setMaxWidth("30em");
        Button yes = new Button(confirm, e -> {
            dialog.close();
            confirmed.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.addClassName("confirm-yes");
        Button no = new Button("Cancel", e -> dialog.close());
        no.addClassName("confirm-no");
        dialog.getFooter().add(no, yes);
        dialog.open();
        return dialog;
    }
}
