package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.select.Select;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.relationship.ActorPair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An actor's connections by stance, and the way to a pair's relationship, on the fixture of src/test/resources/fixtures/valid: the United States shares
 * 3 cooperative events with Zelensky and 2 conflictual ones with Russia, and Trump holds one of its roles.
 */
class ActorPanelStanceTest {
    private static final Dataset DATASET = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/valid"))
            .dataset()
            .orElseThrow();
    private static final ActorNetwork NETWORK = ActorNetwork.of(DATASET, EventFilter.all());
    private static final ActorId US = ActorId.of("united-states");

    private final List<ExplorerIntent> intents = new ArrayList<>();
    private final ActorPanel panel = new ActorPanel(intents::add);

    private List<ConnectionRow> rows() {
        Component list = panel.getChildren()
                .flatMap(ActorPanelStanceTest::descendants)
                .filter(c -> c.getId().filter("connections"::equals).isPresent())
                .findFirst()
                .orElseThrow();
        return list.getChildren().map(ConnectionRow.class::cast).toList();
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(ActorPanelStanceTest::descendants));
    }

    @SuppressWarnings("unchecked")
    private Select<ConnectionOrder> order() {
        return (Select<ConnectionOrder>) panel.getChildren()
                .flatMap(ActorPanelStanceTest::descendants)
                .filter(c -> c.getId().filter("connection-order"::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    private static List<String> others(List<ConnectionRow> rows) {
        return rows.stream().map(r -> r.other().value()).toList();
    }

    @Test
    void connections_come_strongest_first_and_most_conflictual_first_on_request_in_the_same_rows() {
        panel.show(DATASET.actor(US).orElseThrow(), NETWORK, DATASET, true);
        List<ConnectionRow> before = rows();
        assertThat(others(before)).containsExactly("volodymyr-zelensky", "russia", "donald-trump");

        order().setValue(ConnectionOrder.CONFLICTUAL);

        List<ConnectionRow> after = rows();
        assertThat(others(after)).containsExactly("russia", "volodymyr-zelensky", "donald-trump");
        assertThat(after).as("the rows are moved, not made anew").containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void the_chosen_order_holds_for_the_next_actor() {
        panel.show(DATASET.actor(US).orElseThrow(), NETWORK, DATASET, true);
        order().setValue(ConnectionOrder.CONFLICTUAL);

        ActorId russia = ActorId.of("russia");
        panel.show(DATASET.actor(russia).orElseThrow(), NETWORK, DATASET, true);

        assertThat(others(rows()))
                .containsExactlyElementsOf(ConnectionOrder.CONFLICTUAL.sort(NETWORK.connectionsOf(russia)).stream()
                        .map(c -> c.other(russia).value())
                        .toList());
        assertThat(order().getValue()).isEqualTo(ConnectionOrder.CONFLICTUAL);
    }

    @Test
    void a_row_opens_the_relationship_with_the_shown_actor_first() {
        panel.show(DATASET.actor(US).orElseThrow(), NETWORK, DATASET, true);
        ConnectionRow russia = rows().get(1);
        russia.details().setOpen(true);
        ComponentUtil.fireEvent(russia.details(), new NativeDetails.ToggleEvent(russia.details(), true));

        NativeButton relationship = descendants(russia)
                .filter(c -> "relationship".equals(c.getElement().getAttribute("data-action")))
                .map(NativeButton.class::cast)
                .findFirst()
                .orElseThrow();
        ComponentUtil.fireEvent(relationship, new ClickEvent<>(relationship));

        assertThat(intents).containsExactly(new ExplorerIntent.OpenPair(new ActorPair(US, ActorId.of("russia"))));
    }
}
