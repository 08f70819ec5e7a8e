package dev.parley.studio.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.parley.dataset.Problem;
import java.util.List;

/**
 * What stands between the draft and a save, checked after every change: each problem with the field it concerns
 * and the message {@code --validate} prints for it.
 */
final class ProblemsPart extends Div implements DraftPart {
    private final Span summary = new Span();
    private final UnorderedList list = new UnorderedList();
    private List<Problem> shown;

    ProblemsPart() {
        setId("studio-problems");
        summary.setId("problems-summary");
        add(new H3("Problems"), summary, list);
    }

    @Override
    public void show(DraftScene scene) {
        List<Problem> problems = scene.problems();
        if (problems.equals(shown)) {
            return;
        }
        shown = problems;
        list.removeAll();
        summary.setText(
                problems.isEmpty()
                        ? "None: the article can be saved."
                        : problems.size() + (problems.size() == 1 ? " problem" : " problems")
                                + " to fix before saving.");
        summary.getStyle()
                .set("color", problems.isEmpty() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        for (Problem p : problems) {
            Span path = new Span(p.path().isEmpty() ? p.file() : p.path());
            path.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            ListItem item = new ListItem(path, new Span(": " + p.message()));
            item.addClassName("studio-problem");
            item.getStyle().set("overflow-wrap", "anywhere");
            list.add(item);
        }
    }
}
