package dev.parley.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Tells the server when a component comes into view or leaves it, so that what is below the fold is built only when
 * the user scrolls to it. The browser's IntersectionObserver watches the element (with a margin, so the content is
 * usually there by the time it is seen) and reports each change as one small event; a hidden tab counts as out of
 * view. A hand-made request can at most say in view or out of view.
 */
public final class InView {
    /** How far outside the viewport an element counts as in view unless told otherwise: content built ahead. */
    static final String MARGIN = "300px";

    private static final String EVENT = "parley-in-view";
    private static final String OBSERVE = """
            if (!this.__parleyInView) {
              this.__parleyInView = new IntersectionObserver((entries) => {
                const inView = entries[entries.length - 1].isIntersecting;
                if (inView !== this.__parleyInViewShown) {
                  this.__parleyInViewShown = inView;
                  this.dispatchEvent(new CustomEvent($0, {detail: {inView}}));
                }
              }, {rootMargin: $1});
              this.__parleyInView.observe(this);
            }
            """;

    private InView() {}

    /**
     * Calls {@code onChange} with true when {@code component} comes within {@link #MARGIN} of the view, false when it
     * leaves.
     */
    public static void track(Component component, SerializableConsumer<Boolean> onChange) {
        track(component, MARGIN, onChange);
    }

    /**
     * Calls {@code onChange} with true when {@code component} comes within {@code margin} (a CSS length, such as
     * {@code "0px"}) of the view, false when it leaves.
     */
    public static void track(Component component, String margin, SerializableConsumer<Boolean> onChange) {
        // two listeners filtered in the browser, so no event data needs reading here
        component
                .getElement()
                .addEventListener(EVENT, e -> onChange.accept(true))
                .setFilter("event.detail.inView");
        component
                .getElement()
                .addEventListener(EVENT, e -> onChange.accept(false))
                .setFilter("!event.detail.inView");
        // again on every attach: a detached element has lost its observer with its browser-side state
        component.addAttachListener(attach -> component.getElement().executeJs(OBSERVE, EVENT, margin));
    }
}
