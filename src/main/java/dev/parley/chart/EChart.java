package dev.parley.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Apache ECharts chart: the one Flow wrapper of the {@code <parley-echarts>} element.
 *
 * <p>The server sends typed {@link ChartOption}s as JSON and small follow-up calls (a patch, a highlight, a
 * time window) instead of the whole chart again; the browser sends back only what Java reads (an item click,
 * a zoomed time range). Text from data is shown only as canvas/SVG text or through {@code textContent}, never
 * as HTML. Exports are rendered in the browser and downloaded there; nothing goes to an export server.
 *
 * <p>If the component is detached and attached again, the last full option, the patches sent since, the
 * highlight and the time window are sent again, so the chart looks as before.
 */
@Tag("parley-echarts")
@JsModule("./parley-echarts.ts")
@NpmPackage(value = "echarts", version = EChart.ECHARTS_VERSION)
public class EChart extends Component implements HasSize {

    /** The npm version of ECharts; the only place it is pinned. */
    public static final String ECHARTS_VERSION = "6.1.0";

    private static final double MAX_EXPORT_SCALE = 8;
    /**
     * Options longer than this (JSON characters) go by their own address ({@link OptionFiles}), the rest inside the
     * answer. The same bound as the element's SMALL_OPTION: a small option is drawn within the answer, so the page
     * is laid out and painted once with it, and one more request would only delay it.
     */
    static final int OWN_ADDRESS_ABOVE = 64 * 1024;

    private PreparedOption option;
    private final List<String> patches = new ArrayList<>();
    /** The last highlight request's JSON, or null for none. */
    private String highlight;

    private Instant windowFrom;
    private Instant windowTo;

    /** What the browser's element has been sent of the above; see {@link #flush()}. */
    private boolean optionSent;

    /**
     * How many large options were put in the element's {@code optionSource} property: part of its value, so that
     * setting the same option again still changes the property (and redraws), while a re-attached element, which
     * gets its properties again, draws it once.
     */
    private int sourcesSet;

    /** Whether {@link #option} was set since it was last sent (false when only a re-attach asks to send it again). */
    private boolean optionNew;

    private int patchesSent;
    private String highlightSent;
    private List<Instant> windowSent;
    private boolean flushScheduled;

    public EChart() {
        addAttachListener(this::replayAfterReattach);
        // a detach cancels the scheduled flush (Vaadin drops it with the detached component)
        addDetachListener(detach -> flushScheduled = false);
    }

    /**
     * Draws with ECharts' SVG renderer instead of canvas: vector shapes and text, sharp when printed at any
     * resolution. Call it before the chart is attached; the element chooses its renderer once, when it first has a
     * size.
     */
    public void useSvgRenderer() {
        getElement().setAttribute("renderer", "svg");
    }

    /** Replaces everything shown (ECharts {@code notMerge}); drops earlier patches and the highlight. */
    public void setOption(ChartOption option) {
        setOption(PreparedOption.of(Objects.requireNonNull(option, "option")));
    }

    /** Like {@link #setOption(ChartOption)}, with the JSON already written (and perhaps shared). */
    public void setOption(PreparedOption option) {
        this.option = Objects.requireNonNull(option, "option");
        patches.clear();
        highlight = null;
        windowFrom = null;
        windowTo = null;
        optionSent = false;
        optionNew = true;
        scheduleFlush();
    }

    /** The last full option set, if any (without later patches). */
    public Optional<ChartOption> getOption() {
        return Optional.ofNullable(option).map(PreparedOption::option);
    }

    /** What the chart shows now (option, patches, highlight, window); empty before the first option. */
    public Optional<ShownChart> shown() {
        if (option == null) {
            return Optional.empty();
        }
        return Optional.of(new ShownChart(
                option,
                patches,
                Optional.ofNullable(highlight),
                windowFrom == null ? List.of() : List.of(windowFrom, windowTo)));
    }

    /**
     * Merges a small change into the chart: components and series are matched by id (series) or position,
     * and only the non-null parts of {@code patch} are sent. A highlight stays in place.
     */
    public void update(ChartOption patch) {
        patches.add(ChartJson.write(Objects.requireNonNull(patch, "patch")));
        scheduleFlush();
    }

    /**
     * Fades every node, point, bar or link except those whose id (or name) is given; a link stays lit when
     * both its ends are. Survives hovering; an empty collection is the same as {@link #clearHighlight()}.
     */
    public void highlight(Collection<String> ids) {
        sendHighlight(Map.of("ids", List.copyOf(ids)));
    }

    /** Like {@link #highlight(Collection)}, naming the items by what they stand for (see {@link ChartKeyCodec}). */
    public void highlightKeys(Collection<? extends ChartKey> keys) {
        highlight(keys.stream().map(ChartKeyCodec::encode).toList());
    }

    /**
     * Like {@link #highlight(Collection)}, by position: per series id, the indices of the lit items in that
     * series' data as set. Much smaller than ids for thousands of items; series not named are dimmed entirely.
     */
    public void highlightIndices(Map<String, ? extends Collection<Integer>> indices) {
        sendHighlight(ShownChart.indicesHighlight(indices));
    }

    private void sendHighlight(Map<String, ?> request) {
        sendHighlight(ChartJson.write(request));
    }

    private void sendHighlight(String json) {
        highlight = json;
        scheduleFlush();
    }

    /** Shows every item at full strength again. */
    public void clearHighlight() {
        highlight = null;
        scheduleFlush();
    }

    /**
     * Moves the zoom window of the time axis (all dataZoom components) without a {@link ChartRangeEvent}
     * coming back.
     */
    public void zoomTo(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts");
        }
        windowFrom = from;
        windowTo = to;
        scheduleFlush();
    }

    /**
     * Sends what changed just before the server answers, once per answer. Several changes in one round trip (a
     * selection and a data reload arriving together, say) then reach the browser as the last of them only: an
     * option that was replaced before it was sent is never sent, so the browser never receives two versions of
     * the data in one answer, and never pays for drawing the older one.
     */
    private void scheduleFlush() {
        if (!flushScheduled) {
            flushScheduled = true;
            getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> flush()));
        }
    }

    private void flush() {
        flushScheduled = false;
        if (option == null) {
            return;
        }
        if (!optionSent) {
            sendOption();
            optionSent = true;
            patchesSent = 0;
            highlightSent = null;
            windowSent = null;
        }
        patches.subList(patchesSent, patches.size())
                .forEach(json -> getElement().callJsFunction("updateOption", json));
        patchesSent = patches.size();
        if (!Objects.equals(highlight, highlightSent)) {
            if (highlight == null) {
                getElement().callJsFunction("clearHighlight");
            } else {
                getElement().callJsFunction("highlight", highlight);
            }
            highlightSent = highlight;
        }
        if (windowFrom != null && !List.of(windowFrom, windowTo).equals(windowSent)) {
            getElement().callJsFunction("zoomTo", windowFrom.toEpochMilli(), windowTo.toEpochMilli());
            windowSent = List.of(windowFrom, windowTo);
        }
    }

    /**
     * A large option goes as its address in a property, which the browser's element receives while Vaadin builds
     * the page, so it fetches the option meanwhile; a call would reach it only after the page is built. A small one
     * goes inside the answer, and clears the property, so that a re-attached element does not draw a stale one.
     */
    private void sendOption() {
        int size = option.json().length();
        if (size > OWN_ADDRESS_ABOVE) {
            if (optionNew) {
                sourcesSet++;
                getElement()
                        .setProperty(
                                "optionSource",
                                ChartJson.write(new OptionSource(OptionFiles.addressOf(option), size, sourcesSet)));
            }
        } else {
            getElement().removeProperty("optionSource");
            getElement().callJsFunction("setOption", option.json());
        }
        optionNew = false;
    }

    /** The value of the element's {@code optionSource}: where a large option is, its length, and which one it is. */
    private record OptionSource(String url, int size, int sequence) {}

    /**
     * Lets the browser download the chart as it is now (including zoom and pan).
     *
     * @param format PNG (from the canvas) or SVG (the current option rendered by ECharts' SVG renderer)
     * @param scale pixel ratio of a PNG, e.g. 2 for a 1200x800 image of a 600x400 chart; ignored for SVG
     * @param background CSS colour behind the chart, or null for transparent
     * @param fileName name the browser suggests for the download
     */
    public void exportImage(ImageFormat format, double scale, String background, String fileName) {
        checkExport(format, scale, fileName);
        flush(); // the image shows the chart as set, not as it was before this round trip
        getElement().callJsFunction("exportImage", format.type(), scale, background, fileName);
    }

    private static void checkExport(ImageFormat format, double scale, String fileName) {
        Objects.requireNonNull(format, "format");
        if (!(scale > 0 && scale <= MAX_EXPORT_SCALE)) {
            throw new IllegalArgumentException("scale must be in (0, " + MAX_EXPORT_SCALE + "]: " + scale);
        }
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("fileName is required");
        }
    }

    /**
     * Like {@link #exportImage(ImageFormat, double, String, String)}, framed for a report: the image carries
     * {@code frame}'s title, subtitle and footnote (drawn as chart text, never HTML) and the legend, and leaves
     * out the zoom slider. The image keeps the displayed size times {@code scale}.
     */
    public void exportImage(ImageFormat format, double scale, String background, String fileName, ExportFrame frame) {
        Objects.requireNonNull(frame, "frame");
        checkExport(format, scale, fileName);
        flush(); // the image shows the chart as set, not as it was before this round trip
        getElement().callJsFunction("exportImage", format.type(), scale, background, fileName, ChartJson.write(frame));
    }

    /** Called when the user clicks a node, link, point, span, bar or cell. */
    public Registration addItemClickListener(ComponentEventListener<ChartItemClickEvent> listener) {
        return addListener(ChartItemClickEvent.class, listener);
    }

    /** Called ~200 ms after the user stops zooming, panning or brushing the time axis. */
    public Registration addRangeChangeListener(ComponentEventListener<ChartRangeEvent> listener) {
        return addListener(ChartRangeEvent.class, listener);
    }

    /** A detached element forgets its chart: a new attach sends everything again. */
    private void replayAfterReattach(AttachEvent event) {
        if (event.isInitialAttach() || option == null) {
            return;
        }
        optionSent = false;
        scheduleFlush();
    }
}
