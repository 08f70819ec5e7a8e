package dev.parley.system.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.parley.dataset.DatasetState;
import dev.parley.dataset.Problem;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Says plainly that the files on disk have problems, lists them as {@code file:line:column: path: message},
 * and says which data is still shown. Hidden while the data is valid. Problem text is set as text, never HTML.
 */
class DataProblemsBanner extends Div {
    private static final int MAX_SHOWN = 50;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    DataProblemsBanner() {
        addClassName("parley-problems");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(DatasetState state) {
        removeAll();
        setVisible(!state.valid());
        if (state.valid()) {
            return;
        }
        int n = state.problems().size();
        Span heading = new Span("The data files have " + n + (n == 1 ? " problem" : " problems") + ".");
        heading.addClassName("parley-problems-heading");
        Paragraph keep = new Paragraph(
                state.dataset().isEmpty()
                        ? "No valid data has been loaded yet, so there is nothing to show. Fix the files below; "
                                + "Parley picks up the change within a few seconds."
                        : "Parley keeps showing the last valid data (loaded " + TIME.format(state.loadedAt())
                                + "). Fix the files below; the change is picked up within a few seconds.");
        UnorderedList list = new UnorderedList();
        list.addClassName("parley-problem-list");
        state.problems().stream()
                .limit(MAX_SHOWN)
                .map(Problem::toString)
                .map(ListItem::new)
                .forEach(list::add);
        if (n > MAX_SHOWN) {
            list.add(new ListItem("… and " + (n - MAX_SHOWN) + " more (run the validate command for the full list)"));
        }
        add(heading, keep, list);
    }
}
