package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Span;
import dev.parley.chart.Diverging;

/**
 * The key to stance links, beside the network's title while links are coloured by stance: the diverging scale from
 * −10 (conflict) through 0 to +10 (cooperation) as a bar between its two ends, and the dashed line of a connection
 * without a scored event. Plain text and a gradient, no data.
 */
final class StanceLegend extends Span {
    /** What the exported image says instead, as a footnote: an export has no header. */
    static final String FOOTNOTE = "Line colour: mean cooperation-conflict score of the shared events, red −10"
            + " (conflict) to grey 0 to blue +10 (cooperation); dashed grey: no scored event";

    StanceLegend() {
        setId("stance-legend");
        addClassName("parley-stance-legend");
        getElement().setAttribute("title", "Mean Goldstein score of the events between the two actors");
        Span scale = new Span();
        scale.addClassName("parley-stance-scale");
        scale.getStyle().set("background", "linear-gradient(to right, " + String.join(", ", Diverging.stops()) + ")");
        Span unscored = new Span();
        unscored.addClassName("parley-stance-unscored");
        add(new Span("Links: −10 conflict"), scale, new Span("+10 cooperation"), unscored, new Span("no score"));
    }
}
