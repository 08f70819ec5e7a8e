package dev.parley.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import java.util.Optional;

/**
 * The user clicked a chart item. The browser sends only the series id, the item kind and the item's id
 * (or its name when it has no id).
 */
@DomEvent("parley-chart-click")
public class ChartItemClickEvent extends ComponentEvent<EChart> {
    private final String seriesId;
    private final String dataType;
    private final String itemId;

    public ChartItemClickEvent(
            EChart source,
            boolean fromClient,
            @EventData("event.detail.seriesId") String seriesId,
            @EventData("event.detail.dataType") String dataType,
            @EventData("event.detail.id") String itemId) {
        super(source, fromClient);
        this.seriesId = seriesId;
        this.dataType = dataType;
        this.itemId = itemId;
    }

    /** Id of the clicked series. */
    public String getSeriesId() {
        return seriesId;
    }

    /** Id of the clicked item, or its name when it has no id; empty for e.g. an unnamed bar. */
    public Optional<String> getItemId() {
        return Optional.ofNullable(itemId);
    }

    /**
     * What the clicked item stands for, decoded by {@link ChartKeyCodec}; empty for an item without a key or an id
     * that is not one (the browser can send anything).
     */
    public Optional<ChartKey> getKey() {
        return getItemId().flatMap(ChartKeyCodec::decode);
    }

    /** Whether a graph node was clicked. */
    public boolean isNode() {
        return "node".equals(dataType);
    }

    /** Whether a graph link was clicked. */
    public boolean isEdge() {
        return "edge".equals(dataType);
    }
}
