package dev.parley.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.parley.actor.ActorKind;
import dev.parley.event.EventClass;
import dev.parley.event.EventFilter;
import dev.parley.event.EventType;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.LinkColouring;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.timeline.LaneMode;
import dev.parley.timeline.TimeScale;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The explorer's controls: time window, event classes and types, actor kinds, timeline lanes and time scale, node size
 * metric, node colour and link colour, and live counts of what is shown. Only changes made by the user are reported.
 */
class FilterBar extends Div implements ExplorerPart {
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final CheckboxGroup<EventClass> classes = new CheckboxGroup<>("Event classes");
    private final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>("Event types");
    private final CheckboxGroup<ActorKind> kinds = new CheckboxGroup<>("Actor kinds");
    private final Select<LaneMode> lanes = new Select<>();
    private final Select<TimeScale> scale = new Select<>();
    private final Select<Metric> metric = new Select<>();
    private final Select<NodeColouring> colouring = new Select<>();
    private final Select<LinkColouring> links = new Select<>();
    private final Span counts = new Span();
    private final Span metricHelp = new Span();
    private final Div row = new Div();

    FilterBar(Consumer<ExplorerIntent> intents) {
        Consumer<UnaryOperator<ExplorerState>> onChange = edit -> intents.accept(new ExplorerIntent.Adjust(edit));
        addClassName("parley-filter-bar");
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        from.setI18n(iso);
        to.setI18n(iso);
        from.setPlaceholder("yyyy-mm-dd");
        to.setPlaceholder("yyyy-mm-dd");
        from.setId("window-from");
        to.setId("window-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withWindow(window(from.getValue(), to.getValue(), s.window())));
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withWindow(window(from.getValue(), to.getValue(), s.window())));
            }
        });
        Button allTime =
                new Button("All time", click -> intents.accept(new ExplorerIntent.ChooseWindow(TimeWindow.all())));
        allTime.setId("window-all");
        allTime.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        classes.setItems(EventClass.values());
        classes.setItemLabelGenerator(EventClass::label);
        classes.setId("filter-classes");
        classes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withFilter(withClasses(s.filter(), e.getValue())));
            }
        });
        types.setItems(EventType.values());
        types.setItemLabelGenerator(EventType::key);
        types.setPlaceholder("All types");
        types.setId("filter-types");
        types.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withFilter(new EventFilter(
                        s.filter().window(),
                        s.filter().classes(),
                        e.getValue(),
                        s.filter().actorKinds())));
            }
        });
        kinds.setItems(ActorKind.values());
        kinds.setItemLabelGenerator(ActorKind::label);
        kinds.setId("filter-kinds");
        kinds.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Set<ActorKind> chosen = e.getValue().size() == ActorKind.values().length ? Set.of() : e.getValue();
                onChange.accept(s -> s.withFilter(new EventFilter(
                        s.filter().window(), s.filter().classes(), s.filter().types(), chosen)));
            }
        });

        lanes.setLabel("Timeline lanes");
        lanes.setItems(LaneMode.values());
        lanes.setItemLabelGenerator(LaneMode::label);
        lanes.setId("lane-mode");
        lanes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withLanes(e.getValue()));
            }
        });
        scale.setLabel("Time scale");
        scale.setItems(TimeScale.values());
        scale.setItemLabelGenerator(TimeScale::label);
        scale.setId("time-scale");
        scale.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withScale(e.getValue()));
            }
        });
        metric.setLabel("Node size");
        metric.setItems(Metric.values());
        metric.setItemLabelGenerator(Metric::label);
        metric.setId("metric");
        metric.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withMetric(e.getValue()));
            }
        });
        colouring.setLabel("Node colour");
        colouring.setItems(NodeColouring.values());
        colouring.setItemLabelGenerator(NodeColouring::label);
        colouring.setId("colouring");
        colouring.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withColouring(e.getValue()));
            }
        });
        links.setLabel("Link colour");
        links.setItems(LinkColouring.values());
        links.setItemLabelGenerator(LinkColouring::label);
        links.setId("link-colouring");
        links.getElement()
                .setAttribute(
                        "title",
                        "Kind: interactions grey, roles dashed. Stance: the mean cooperation-conflict score"
                                + " of the events, red (conflict) to blue (cooperation).");
        links.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(s -> s.withLinks(e.getValue()));
            }
        });
        counts.setId("counts");
        counts.addClassName("parley-counts");
        metricHelp.setId("metric-help");
        metricHelp.addClassName("parley-metric-help");

        Div window = new Div(from, to, allTime);
        window.addClassName("parley-filter-group");
        Div display = new Div(lanes, scale, metric, colouring, links);
        display.addClassName("parley-filter-group");
        Div status = new Div(counts, metricHelp);
        status.addClassName("parley-filter-status");
        Div more = new Div(classes, types, kinds);
        more.addClassName("parley-filter-more");
        Details filtersDetails = new Details("Filters: classes, types, kinds");
        // built in the browser when first opened: most visits never open them, and two checkbox groups and a
        // multi-select combo box were a good part of what the first answer made the browser build (issue 12)
        filtersDetails.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && more.getParent().isEmpty()) {
                filtersDetails.add(more);
            }
        });
        filtersDetails.setId("more-filters");
        filtersDetails.addThemeVariants(DetailsVariant.SMALL);
        row.add(window, display, status);
        row.addClassName("parley-filter-row");
        add(foldButton(), row, filtersDetails);
    }

    /**
     * On a narrow screen the stylesheet folds the bar to this button and the counts; the button unfolds the same
     * controls (the class {@code parley-filters-open}). On a wide screen the button is hidden and the bar is always
     * open, so the class changes nothing there.
     */
    private Button foldButton() {
        Button fold = new Button("Filters");
        fold.setId("filters-toggle");
        fold.addClassName("parley-filters-toggle");
        fold.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fold.getElement().setAttribute("aria-expanded", "false");
        fold.getElement().setAttribute("aria-controls", "filter-controls");
        row.setId("filter-controls");
        fold.addClickListener(click -> {
            boolean open = !hasClassName("parley-filters-open");
            setClassName("parley-filters-open", open);
            fold.getElement().setAttribute("aria-expanded", Boolean.toString(open));
            fold.setText(open ? "Close filters" : "Filters");
        });
        return fold;
    }

    /** Adds a control at the end of the bar's first row. */
    void addToRow(com.vaadin.flow.component.Component component) {
        row.add(component);
    }

    private static EventFilter withClasses(EventFilter f, Set<EventClass> chosen) {
        Set<EventClass> set = chosen.size() == EventClass.values().length ? Set.of() : chosen;
        return new EventFilter(f.window(), set, f.types(), f.actorKinds());
    }

    /** A window from the two pickers; an empty picker leaves that side open. */
    private static TimeWindow window(LocalDate from, LocalDate to, TimeWindow current) {
        LocalDate start = from != null ? from : TimeWindow.all().from();
        LocalDate end = to != null ? to : TimeWindow.all().to();
        return end.isBefore(start) ? current : new TimeWindow(start, end);
    }

    /** Shows the scene's state and counts without reporting them back as a change; a selection changes neither. */
    @Override
    public void show(ExplorerScene scene, StateChange change) {
        if (change.view()) {
            show(scene.state(), scene.dataRange());
            showCounts(
                    scene.windowEvents().size(),
                    scene.dataset().events().size(),
                    scene.network().actors().size(),
                    scene.network().connections().size());
        }
    }

    private void show(ExplorerState s, TimeWindow dataRange) {
        TimeWindow w = s.window();
        from.setValue(w.from().equals(TimeWindow.all().from()) ? null : w.from());
        to.setValue(w.to().equals(TimeWindow.all().to()) ? null : w.to());
        if (!dataRange.isAll()) {
            from.setMin(dataRange.from());
            to.setMax(dataRange.to());
        }
        classes.setValue(
                s.filter().classes().isEmpty()
                        ? EnumSet.allOf(EventClass.class)
                        : s.filter().classes());
        types.setValue(s.filter().types());
        kinds.setValue(
                s.filter().actorKinds().isEmpty()
                        ? EnumSet.allOf(ActorKind.class)
                        : s.filter().actorKinds());
        lanes.setValue(s.lanes());
        scale.setValue(s.scale());
        metric.setValue(s.metric());
        colouring.setValue(s.colouring());
        links.setValue(s.links());
        metricHelp.setText(s.metric().label() + ": " + s.metric().explanation());
    }

    private void showCounts(int events, int allEvents, int actors, int connections) {
        counts.setText((events == allEvents ? plural(events, "event") : events + " of " + plural(allEvents, "event"))
                + " · " + plural(actors, "actor") + " · " + plural(connections, "connection"));
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
