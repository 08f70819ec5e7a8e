package dev.parley.base.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Marks a component that shows a name or title from the data with {@code dir="auto"}, so a right-to-left name
 * (Arabic, Hebrew) is laid out in its own direction and isolated from the surrounding left-to-right text, rather
 * than having its words or the punctuation next to it reordered.
 */
public final class Names {
    private Names() {}

    public static <T extends HasElement> T directionAuto(T component) {
        component.getElement().setAttribute("dir", "auto");
        return component;
    }
}
