package dev.parley.explorer.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.explorer.ExplorerStateCodec;

/**
 * What a printed page says when its address names no actor or pair, or one the data does not know: the problem in
 * words and a way back to the explorer at the same window and filters. The HTTP status of the page's first answer
 * says the same ({@link PrintStatusFilter}).
 */
@AnonymousAllowed
@StyleSheet("print.css")
public class PrintProblemView extends Div implements HasErrorParameter<PrintProblem.Refused>, HasDynamicTitle {
    private String title = "Parley";

    public PrintProblemView() {
        addClassName("parley-print-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PrintProblem.Refused> parameter) {
        PrintProblem problem = parameter.getException().problem();
        PrintPage page = new PrintPage("Print");
        page.backTo(
                ExplorerStateCodec.read(event.getLocation().getQueryParameters().getParameters()));
        page.problem(problem.title(), problem.message());
        removeAll();
        add(page);
        title = problem.title() + " · Parley";
        return problem.status();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
