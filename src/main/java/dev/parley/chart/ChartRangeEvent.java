package dev.parley.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.time.Instant;

/**
 * The user zoomed, panned or brushed the time axis; sent once the gesture has paused for ~200 ms (debounced
 * in the browser). Not sent for {@link EChart#zoomTo}.
 */
@DomEvent("parley-chart-range")
public class ChartRangeEvent extends ComponentEvent<EChart> {
    private final Instant from;
    private final Instant to;

    public ChartRangeEvent(
            EChart source,
            boolean fromClient,
            @EventData("event.detail.from") double from,
            @EventData("event.detail.to") double to) {
        super(source, fromClient);
        this.from = Instant.ofEpochMilli((long) from);
        this.to = Instant.ofEpochMilli((long) to);
    }

    /** Start of the visible window. */
    public Instant getFrom() {
        return from;
    }

    /** End of the visible window. */
    public Instant getTo() {
        return to;
    }
}
