package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;

/**
 * Shows or hides a part of a panel that is updated in place. Not {@code setVisible}: Vaadin stops sending the
 * changes of an invisible component, so a hidden paragraph would keep the text of the data it last showed in the
 * page (an actor's old name after a reload, found by ReloadUnderLoad reading the page). The {@code hidden}
 * attribute hides it just the same, and its text stays current.
 */
final class Shown {
    private Shown() {}

    static void when(Component component, boolean shown) {
        component.getElement().setAttribute("hidden", !shown);
    }

    static boolean is(Component component) {
        return !component.getElement().hasAttribute("hidden");
    }
}
