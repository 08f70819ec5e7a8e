package dev.parley.dataset.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.DatasetState;
import dev.parley.event.Event;
import dev.parley.event.ui.EventDetails;
import dev.parley.event.ui.EventText;
import dev.parley.event.ui.SourceLink;
import java.util.Locale;

/**
 * The list of every event of the dataset in time order, with its date at the precision the source gives,
 * its type, participants and source. Opening a row shows its summary and verbatim quotes.
 */
@AnonymousAllowed
@Route("events")
@Menu(title = "Events", order = 1)
@PageTitle("Events · Parley")
public class EventListView extends VerticalLayout {
    private final Grid<Event> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Span count = new Span();
    private Dataset dataset = Dataset.empty();

    public EventListView(DatasetService datasets) {
        setSizeFull();
        addClassName("parley-events-view");

        H2 heading = new H2("Events");
        Paragraph intro = new Paragraph("Every event cites its source article; quotes are verbatim from it. "
                + "Select a row to read its summary and quotes.");
        intro.addClassName("parley-intro");

        filter.setPlaceholder("Filter by title, actor, type or outlet");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.setAriaLabel("Filter events");
        filter.addValueChangeListener(e -> refresh());
        count.addClassName("parley-count");
        count.setId("event-count");

        configureGrid();
        add(heading, intro, new Div(filter, count), grid);
        setFlexGrow(1, grid);
        show(datasets.current());
        DatasetBinding.bind(this, datasets, this::show);
    }

    private void configureGrid() {
        grid.setId("events");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> EventText.dateOf(e))
                .setHeader("Date")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setComparator(Event::date)
                .setSortable(true)
                .setKey("date");
        grid.addColumn(Event::title)
                .setHeader("Event")
                .setFlexGrow(3)
                .setKey("title")
                .setSortable(true);
        grid.addComponentColumn(EventText::typeBadge)
                .setHeader("Type")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("type")
                .setComparator(e -> e.type().ordinal());
        grid.addColumn(e -> EventText.participantsOf(e, dataset))
                .setHeader("Participants")
                .setFlexGrow(2)
                .setKey("participants");
        grid.addComponentColumn(e -> SourceLink.of(dataset.sourceOf(e)))
                .setHeader("Source")
                .setFlexGrow(2)
                .setKey("source");
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.getColumnByKey("type").setTextAlign(ColumnTextAlign.START);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> new EventDetails(e, dataset)));
        grid.setDetailsVisibleOnClick(true);
        grid.setEmptyStateText("No events to show.");
    }

    private void show(DatasetState state) {
        dataset = state.dataset();
        refresh();
    }

    private void refresh() {
        String q = filter.getValue() == null ? "" : filter.getValue().strip().toLowerCase(Locale.ROOT);
        var shown = dataset.events().stream()
                .filter(e -> q.isEmpty() || EventText.searchableText(e, dataset).contains(q))
                .toList();
        grid.setItems(shown);
        count.setText(
                shown.size() == dataset.events().size()
                        ? dataset.events().size() + " events"
                        : shown.size() + " of " + dataset.events().size() + " events");
    }
}
