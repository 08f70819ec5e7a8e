package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.textfield.TextField;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.network.ActorNetwork;
import dev.parley.search.SearchService;
import dev.parley.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A data reload shows the new data in the side panel without replacing what did not change, so that a click
 * already on its way still reaches a button that is there (docs/reliability.md). Each test shows a panel, edits
 * the fixture, shows the reloaded data under the same state, as the explorer does on a reload, and checks which
 * components survived.
 */
class SidePanelReloadTest {
    private final Path dir = Fixtures.copyToTemp("valid");
    private final List<String> clicks = new ArrayList<>();
    private final SidePanel side = new SidePanel(
            new SearchService(),
            intent -> clicks.add(
                    switch (intent) {
                        case ExplorerIntent.SelectActor s ->
                            "actor " + s.actor().value();
                        case ExplorerIntent.SelectEvent s ->
                            "event " + s.event().value();
                        default -> intent.toString();
                    }));
    private Optional<ExplorerScene> shown = Optional.empty();
    private final ExplorerState putin = ExplorerState.initial().withActor(Optional.of(ActorId.of("vladimir-putin")));

    private Dataset load() {
        return new DatasetLoader().load(dir).dataset().orElseThrow();
    }

    /** Shows the state over the data as the explorer does: a scene, and what changed since the last one. */
    private void show(ExplorerState state, Dataset d) {
        ExplorerScene scene = new ExplorerScene(
                state,
                d,
                TimeWindow.covering(d),
                d.events(),
                d.events(),
                ActorNetwork.of(d, EventFilter.all()),
                Set.of(),
                List.of());
        side.show(scene, StateChange.between(shown, scene));
        shown = Optional.of(scene);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(SidePanelReloadTest::descendants));
    }

    /** Every button, Vaadin's or native. */
    private List<Component> buttons() {
        return descendants(side)
                .filter(c -> c instanceof Button || c instanceof NativeButton)
                .toList();
    }

    private NativeButton connectionTo(String actor) {
        return descendants(side)
                .filter(NativeButton.class::isInstance)
                .map(NativeButton.class::cast)
                .filter(b -> b.hasClassName("parley-connection-actor")
                        && actor.equals(b.getElement().getAttribute("data-actor")))
                .findFirst()
                .orElseThrow();
    }

    private NativeDetails connectionDetails(String actor) {
        return descendants(side)
                .filter(ConnectionRow.class::isInstance)
                .map(ConnectionRow.class::cast)
                .filter(row -> actor.equals(row.other().value()))
                .map(ConnectionRow::details)
                .findFirst()
                .orElseThrow();
    }

    private TextField search() {
        return descendants(side)
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_reload_that_renames_a_connected_actor_renames_it_in_place_and_its_button_still_takes_the_click()
            throws IOException {
        show(putin, load());
        NativeButton trump = connectionTo("donald-trump");
        List<Component> before = buttons();

        edit("actors.yaml", "name: Donald Trump", "name: Donald J. Trump");
        show(putin, load());

        assertThat(connectionTo("donald-trump")).isSameAs(trump);
        assertThat(trump.getText()).isEqualTo("Donald J. Trump");
        assertThat(buttons()).containsExactlyElementsOf(before);
        ComponentUtil.fireEvent(trump, new com.vaadin.flow.component.ClickEvent<>(trump));
        assertThat(clicks).containsExactly("actor donald-trump");
    }

    @Test
    void a_reload_that_changes_nothing_on_the_panel_keeps_every_component() {
        show(putin, load());
        List<Component> before = descendants(side).toList();

        show(putin, load());

        assertThat(descendants(side).toList()).containsExactlyElementsOf(before);
    }

    @Test
    void a_connection_kept_through_a_reload_opens_with_the_events_of_the_new_data() throws IOException {
        show(putin, load());
        NativeDetails call = connectionDetails("donald-trump");

        edit("articles/2025-02-12-phone-call.yaml", "about the war.", "about the war and a ceasefire.");
        show(putin, load());
        call.setOpen(true);
        ComponentUtil.fireEvent(call, new NativeDetails.ToggleEvent(call, true));

        assertThat(connectionDetails("donald-trump")).isSameAs(call);
        assertThat(descendants(call).map(c -> c.getElement().getText()))
                .contains("The two presidents speak by phone about the war and a ceasefire.");
    }

    @Test
    void the_panel_of_an_actor_whose_own_name_changed_shows_the_new_name_and_keeps_its_connections()
            throws IOException {
        show(putin, load());
        NativeButton trump = connectionTo("donald-trump");

        edit("actors.yaml", "name: Vladimir Putin", "name: Vladimir V. Putin");
        show(putin, load());

        assertThat(descendants(side)
                        .filter(c -> c.getId().equals(Optional.of("actor-name")))
                        .map(c -> c.getElement().getText()))
                .containsExactly("Vladimir V. Putin");
        assertThat(connectionTo("donald-trump")).isSameAs(trump);
    }

    @Test
    void a_reload_keeps_the_search_text_and_a_new_selection_clears_it() {
        show(putin, load());
        search().setValue("Zelensky");

        show(putin, load());
        assertThat(search().getValue()).isEqualTo("Zelensky");
        assertThat(descendants(side).filter(c -> c.getId().equals(Optional.of("search-results"))))
                .hasSize(1);

        show(putin.withActor(Optional.of(ActorId.of("united-states"))), load());
        assertThat(search().getValue()).isEmpty();
    }

    @Test
    void an_open_connection_stays_open_through_a_reload_and_its_back_button_still_works() throws IOException {
        show(putin, load());
        side.openConnection(shown.orElseThrow()
                .network()
                .connection(ActorId.of("donald-trump"), ActorId.of("vladimir-putin"))
                .orElseThrow());
        Button back = descendants(side)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Back"))
                .findFirst()
                .orElseThrow();

        edit("actors.yaml", "name: Donald Trump", "name: Donald J. Trump");
        show(putin, load());

        assertThat(descendants(side).filter(c -> c.getId().equals(Optional.of("connection-panel"))))
                .hasSize(1);
        assertThat(buttons()).contains(back);
        back.click();
        assertThat(descendants(side).filter(c -> c.getId().equals(Optional.of("actor-panel"))))
                .hasSize(1);
    }
}
