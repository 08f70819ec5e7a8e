package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeDetails;
import dev.parley.dataset.Dataset;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An open connection of a busy pair lists its events a page at a time, newest first. */
class ConnectionRowTest {
    private final Dataset dataset = BusyPair.dataset();
    private ActorNetwork network = ActorNetwork.of(dataset, EventFilter.all());
    private final ConnectionRow row = new ConnectionRow(BusyPair.RUSSIA, () -> network, new ArrayList<>()::add);

    private Connection connection() {
        return network.connection(BusyPair.US, BusyPair.RUSSIA, ConnectionKind.INTERACTION)
                .orElseThrow();
    }

    private List<String> newest(int n) {
        return network.eventsOf(connection()).stream()
                .limit(n)
                .map(e -> e.id().value())
                .toList();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(ConnectionRowTest::descendants));
    }

    private List<String> cards() {
        return descendants(row)
                .filter(EventCard.class::isInstance)
                .map(c -> c.getElement().getAttribute("data-event"))
                .toList();
    }

    private Button more() {
        return descendants(row)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private void open() {
        row.details().setOpen(true);
        ComponentUtil.fireEvent(row.details(), new NativeDetails.ToggleEvent(row.details(), true));
    }

    @Test
    void opening_a_busy_connection_shows_its_ten_newest_events_and_ten_more_on_request() {
        int total = connection().weight();
        assertThat(total).isGreaterThan(2 * EventPages.PAGE);
        row.show(connection(), "Russia", true);
        assertThat(cards()).as("nothing is built before the row is opened").isEmpty();

        open();

        assertThat(cards()).containsExactlyElementsOf(newest(EventPages.PAGE));
        assertThat(more().getText()).isEqualTo("Show 10 more of " + (total - EventPages.PAGE));
        more().click();
        assertThat(cards()).containsExactlyElementsOf(newest(2 * EventPages.PAGE));
        while (cards().size() + EventPages.PAGE < total) {
            more().click();
        }
        assertThat(more().getText()).isEqualTo("Show the last " + (total - cards().size()));
        more().click();
        assertThat(cards()).hasSize(total);
        assertThat(Shown.is(more())).as("nothing more to show").isFalse();
    }

    @Test
    void new_data_keeps_the_pages_a_reader_opened_and_a_new_opening_starts_at_the_first() {
        row.show(connection(), "Russia", true);
        open();
        more().click();

        network = ActorNetwork.of(dataset, EventFilter.all());
        row.show(connection(), "Russia", false);
        assertThat(cards()).hasSize(2 * EventPages.PAGE);

        row.show(connection(), "Russia", true);
        open();
        assertThat(cards()).containsExactlyElementsOf(newest(EventPages.PAGE));
    }
}
