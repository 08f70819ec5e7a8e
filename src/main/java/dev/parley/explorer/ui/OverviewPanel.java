package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.ActorId;
import dev.parley.base.ui.Names;
import dev.parley.dataset.Dataset;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Metric;
import java.util.function.Consumer;

/** With nothing selected: how to read the charts, and the most central actors on the chosen metric. */
class OverviewPanel extends Div {
    static final int TOP_ACTORS = 10;

    private final H4 heading = new H4();
    private final Span help = new Span();
    private final RowList<ActorId, ActorId, ListItem> top;
    private Dataset dataset;

    OverviewPanel(Consumer<ExplorerIntent> intents) {
        setId("overview");
        help.addClassName("parley-secondary");
        OrderedList list = new OrderedList();
        top = new RowList<>(
                list,
                id -> id,
                id -> {
                    NativeButton b =
                            Names.directionAuto(new NativeButton("", click -> intents.accept(new SelectActor(id))));
                    b.getElement().setAttribute("data-actor", id.value());
                    b.addClassNames("parley-link", "parley-top-actor");
                    return new ListItem(b);
                },
                (item, id) -> ((NativeButton) item.getComponentAt(0)).setText(dataset.nameOf(id)));
        add(
                new H3("Explore"),
                new Paragraph(
                        "Click an actor in the network, an event on the timeline, or search. "
                                + "Drag on the timeline's slider or zoom with the wheel to choose a time window; every view follows."),
                heading,
                help,
                list);
    }

    void show(Metric metric, ActorNetwork network, Dataset d) {
        dataset = d;
        heading.setText("Most central: " + metric.label());
        help.setText(metric.explanation());
        top.show(network.ranking(metric).stream().limit(TOP_ACTORS).toList());
    }
}
