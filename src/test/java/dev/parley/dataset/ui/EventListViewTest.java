package dev.parley.dataset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import dev.parley.dataset.DatasetService;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.ui.EventText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The start page is wired to the loaded dataset and shows it in time order, without a browser. */
@SpringBootTest(properties = "parley.data-dir=src/test/resources/fixtures/valid")
class EventListViewTest {
    @Autowired
    DatasetService datasets;

    @Test
    @SuppressWarnings("unchecked")
    void the_view_shows_every_event_of_the_loaded_dataset_earliest_first() {
        var view = new EventListView(datasets);
        Grid<Event> grid = (Grid<Event>)
                view.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        var ids = grid.getGenericDataView().getItems().map(e -> e.id().value()).toList();
        assertThat(ids)
                .containsExactly(
                        "fixture-year-only-accusation",
                        "fixture-invasion",
                        "fixture-month-aid",
                        "fixture-phone-call",
                        "fixture-same-day-statement",
                        "fixture-month-request",
                        "fixture-talks",
                        "fixture-sanctions");
        assertThat(datasets.current().dataset().event(EventId.of("fixture-talks")))
                .isPresent();
    }

    @Test
    void participants_read_as_initiators_to_recipients_then_others_then_mentions() {
        var d = datasets.current().dataset();
        assertThat(EventText.participantsOf(
                        d.event(EventId.of("fixture-sanctions")).orElseThrow(), d))
                .isEqualTo("United States → Russia; mentions Vladimir Putin");
        assertThat(EventText.participantsOf(d.event(EventId.of("fixture-talks")).orElseThrow(), d))
                .isEqualTo("United States, Volodymyr Zelensky");
        assertThat(EventText.participantsOf(
                        d.event(EventId.of("fixture-same-day-statement")).orElseThrow(), d))
                .isEqualTo("Volodymyr Zelensky; mentions Donald Trump");
    }
}
