package dev.parley.bench;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The least a Vaadin Flow page can be (one text and one native button, no web component): what {@link FloorBenchmark}
 * times to know the framework's own share of a visit and of a click on this machine. Never in the production jar:
 * the benchmark puts this class alone beside the application.
 */
@AnonymousAllowed
@Route(value = "floor", autoLayout = false)
public class FloorView extends Div {
    private int answers;

    public FloorView() {
        Span text = new Span("ready");
        text.setId("floor-text");
        NativeButton button = new NativeButton("Ask the server", e -> text.setText("answer " + ++answers));
        button.setId("floor-button");
        add(text, button);
    }
}
