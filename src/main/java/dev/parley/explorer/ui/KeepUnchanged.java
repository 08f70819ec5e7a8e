package dev.parley.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Puts freshly built side-panel components in place of the shown ones while keeping every shown component that
 * would look and act the same, and changing only the text that differs. A data reload rebuilds the side panel
 * from the new data; if it replaced the panel wholesale, a click already on its way would land on a removed
 * button and be lost. Kept, the button is still there when the click arrives.
 *
 * <p>A component is kept only when its whole behaviour is visible in its element, so that equal elements mean
 * equal behaviour: plain HTML containers and text, links, and the buttons and details (Vaadin's or native) that
 * name what they act on in an attribute ({@code data-actor}, {@code data-event} or {@code data-action}; their listeners use
 * nothing else, or read the current data when they run). Anything else (a combo box with server-side items, an
 * unmarked button whose listener may hold old data) is always replaced by its fresh copy.
 */
final class KeepUnchanged {
    static final Set<String> TARGET_ATTRIBUTES = Set.of("data-actor", "data-event", "data-action");

    private static final Set<Class<?>> PLAIN = Set.of(Div.class, Span.class, H3.class, H4.class, Paragraph.class,
            ListItem.class, UnorderedList.class, OrderedList.class, Anchor.class, ActorPanel.class, EventCard.class,
            SearchResultsPanel.class);

    private KeepUnchanged() {
    }

    /** Makes {@code parent}'s children look like {@code fresh}, keeping each shown component that is the same. */
    static void update(Component parent, List<? extends Component> fresh) {
        List<Component> shown = parent.getChildren().toList();
        if (shown.size() != fresh.size() || shown.isEmpty()) {
            parent.getElement().removeAllChildren();
            fresh.forEach(c -> parent.getElement().appendChild(c.getElement()));
            return;
        }
        for (int i = 0; i < shown.size(); i++) {
            Element old = shown.get(i).getElement();
            Element next = fresh.get(i).getElement();
            if (!reconcile(old, next)) {
                parent.getElement().setChild(parent.getElement().indexOfChild(old), next);
            }
        }
    }

    /**
     * Makes {@code old} show what {@code next} shows, in place, and returns true; or returns false, changing
     * nothing, when {@code old} must be replaced instead. Texts are changed in place; a child that cannot be made
     * the same is replaced, except inside a component that holds its children in fields (a button's text, the
     * slots of a details), which is kept only when all its children can be.
     */
    private static boolean reconcile(Element old, Element next) {
        if (!compatible(old, next)) {
            return false;
        }
        if (old.isTextNode()) {
            if (!old.getText().equals(next.getText())) {
                old.getComponent().filter(Text.class::isInstance).map(Text.class::cast).ifPresentOrElse(
                        t -> t.setText(next.getText()), () -> old.setText(next.getText()));
            }
            return true;
        }
        List<Element> oldChildren = old.getChildren().toList();
        List<Element> nextChildren = next.getChildren().toList();
        for (int i = 0; i < oldChildren.size(); i++) {
            Element n = nextChildren.get(i);
            if (!reconcile(oldChildren.get(i), n)) {
                n.removeFromParent();
                old.setChild(i, n);
            }
        }
        return true;
    }

    private static boolean compatible(Element old, Element next) {
        if (old.isTextNode() || next.isTextNode()) {
            return old.isTextNode() && next.isTextNode();
        }
        if (!keepable(old) || !keepable(next) || !sameKind(old, next) || !sameOwn(old, next)
                || old.getChildCount() != next.getChildCount()
                // a fresh child that cannot be kept may hold its fresh siblings: never mix it into a shown parent
                || !old.getChildren().allMatch(KeepUnchanged::keepableOrText)
                || !next.getChildren().allMatch(KeepUnchanged::keepableOrText)) {
            return false;
        }
        if (!holdsItsChildren(old)) {
            return true;
        }
        List<Element> oldChildren = old.getChildren().toList();
        List<Element> nextChildren = next.getChildren().toList();
        for (int i = 0; i < oldChildren.size(); i++) {
            if (!compatible(oldChildren.get(i), nextChildren.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsItsChildren(Element e) {
        return e.getComponent().map(c -> c instanceof Button || c instanceof NativeButton || c instanceof Details
                || c instanceof NativeDetails).orElse(false) || isDetailsSlot(e);
    }

    /** The summary and content a details holds in fields (and a lazy listener may hold too). */
    private static boolean isDetailsSlot(Element e) {
        return e.getParent() != null && e.getParent().getComponent()
                .map(p -> p instanceof Details || p instanceof NativeDetails).orElse(false);
    }

    private static boolean keepableOrText(Element e) {
        return e.isTextNode() || keepable(e);
    }

    private static boolean keepable(Element e) {
        if (isDetailsSlot(e)) {
            // the summary and content slots a details makes for itself
            return true;
        }
        Optional<Component> component = e.getComponent();
        if (component.isEmpty()) {
            return false;
        }
        Component c = component.get();
        boolean marked = TARGET_ATTRIBUTES.stream().anyMatch(e::hasAttribute);
        if (c.getClass() == Button.class || c.getClass() == NativeButton.class) {
            return marked;
        }
        // what an opened connection loaded came from the data of its time: show it afresh
        if (c.getClass() == Details.class) {
            return marked && ((Details) c).getContent().findAny().isEmpty();
        }
        if (c.getClass() == NativeDetails.class) {
            Component content = ((NativeDetails) c).getContent();
            return marked && (content == null || content.getChildren().findAny().isEmpty());
        }
        return PLAIN.contains(c.getClass());
    }

    private static boolean sameKind(Element a, Element b) {
        return a.getTag().equals(b.getTag()) && Objects.equals(a.getComponent().map(Object::getClass),
                b.getComponent().map(Object::getClass));
    }

    private static boolean sameOwn(Element a, Element b) {
        if (!a.getAttributeNames().toList().stream().sorted().toList()
                .equals(b.getAttributeNames().toList().stream().sorted().toList())
                || !a.getPropertyNames().toList().stream().sorted().toList()
                .equals(b.getPropertyNames().toList().stream().sorted().toList())) {
            return false;
        }
        return a.getAttributeNames().allMatch(n -> Objects.equals(a.getAttribute(n), b.getAttribute(n)))
                && a.getPropertyNames().allMatch(n -> Objects.equals(a.getPropertyRaw(n), b.getPropertyRaw(n)));
    }
}
