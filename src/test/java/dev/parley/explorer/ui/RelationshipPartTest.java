package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.parley.actor.ActorId;
import dev.parley.chart.EChart;
import dev.parley.dataset.Dataset;
import dev.parley.event.Event;
import dev.parley.event.TimeWindow;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ui.ExplorerIntent.OpenPair;
import dev.parley.network.ActorNetwork;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.ui.RelationshipOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relationship tab of a busy pair, without a browser: the fixture of src/test/resources/fixtures/valid with 45 more
 * consultations between the United States and Russia, so the pair has more events than one page shows.
 */
class RelationshipPartTest {
    private static final ActorId US = ActorId.of("united-states");
    private static final ActorId RUSSIA = ActorId.of("russia");
    private static final ActorId ZELENSKY = ActorId.of("volodymyr-zelensky");

    private final List<ExplorerIntent> intents = new ArrayList<>();
    private RelationshipPart part;

    /** The part's Publish link is a download, which Vaadin registers with the current UI. */
    @BeforeEach
    void build() {
        UI.setCurrent(new UI());
        part = new RelationshipPart(intents::add, () -> {});
    }

    @AfterEach
    void forget() {
        UI.setCurrent(null);
    }

    private static ExplorerScene scene(Dataset d, ExplorerState state) {
        ActorNetwork network = ActorNetwork.of(d, state.filter());
        List<Event> all = state.filter().select(d);
        return new ExplorerScene(state, d, TimeWindow.covering(d), all, all, network, Set.of(), List.of());
    }

    private Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(this::descendants));
    }

    private Component byId(String id) {
        return descendants(part)
                .filter(c -> c.getId().filter(id::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    private List<String> cards() {
        return byId("relationship-events")
                .getChildren()
                .map(c -> c.getElement().getAttribute("data-event"))
                .toList();
    }

    @Test
    void a_busy_pair_shows_its_newest_events_first_and_more_on_request() {
        Dataset d = BusyPair.dataset();
        ExplorerState state = ExplorerState.initial().withPair(Optional.of(new ActorPair(US, RUSSIA)));
        ExplorerScene scene = scene(d, state);
        var expected = RelationshipPart.relationshipOf(new ActorPair(US, RUSSIA), scene);
        assertThat(expected.events()).hasSizeGreaterThan(2 * EventPages.PAGE);

        part.show(scene, StateChange.EVERYTHING);
        assertThat(cards()).as("built when the list comes into view").isEmpty();
        part.eventsInView(true);

        assertThat(cards())
                .containsExactlyElementsOf(expected.events().stream()
                        .limit(EventPages.PAGE)
                        .map(e -> e.id().value())
                        .toList());
        Button more = (Button) byId("relationship-more");
        int rest = expected.events().size() - EventPages.PAGE;
        assertThat(more.getText()).isEqualTo("Show " + EventPages.PAGE + " more of " + rest);

        more.click();

        assertThat(cards()).hasSize(2 * EventPages.PAGE);
        assertThat(Shown.is(more)).isTrue();
    }

    @Test
    void the_events_by_class_chart_is_drawn_when_it_comes_into_view_and_then_for_each_new_pair_at_once() {
        Dataset d = BusyPair.dataset();
        EChart classes = (EChart) byId("relationship-classes");
        ExplorerScene usAndRussia = scene(d, ExplorerState.initial().withPair(Optional.of(new ActorPair(US, RUSSIA))));
        part.show(usAndRussia, StateChange.EVERYTHING);
        assertThat(byId("relationship-chart"))
                .matches(c -> ((EChart) c).getOption().isPresent());
        assertThat(classes.getOption()).as("below the scores, out of view").isEmpty();

        part.classesInView(true);
        assertThat(classes.getOption())
                .contains(RelationshipOptions.classes(
                        RelationshipPart.relationshipOf(new ActorPair(US, RUSSIA), usAndRussia)));

        ExplorerScene other = scene(d, ExplorerState.initial().withPair(Optional.of(new ActorPair(US, ZELENSKY))));
        part.show(other, StateChange.EVERYTHING);
        assertThat(classes.getOption())
                .contains(RelationshipOptions.classes(
                        RelationshipPart.relationshipOf(new ActorPair(US, ZELENSKY), other)));
    }

    @Test
    void a_list_in_view_shows_the_events_of_each_new_pair_at_once() {
        Dataset d = BusyPair.dataset();
        part.eventsInView(true);
        part.show(
                scene(d, ExplorerState.initial().withPair(Optional.of(new ActorPair(US, RUSSIA)))),
                StateChange.EVERYTHING);
        List<String> shown = cards();
        assertThat(shown).hasSize(EventPages.PAGE);

        ExplorerScene other = scene(d, ExplorerState.initial().withPair(Optional.of(new ActorPair(US, ZELENSKY))));
        part.show(other, StateChange.EVERYTHING);

        assertThat(cards())
                .isNotEmpty()
                .isNotEqualTo(shown)
                .containsExactlyElementsOf(
                        RelationshipPart.relationshipOf(new ActorPair(US, ZELENSKY), other).events().stream()
                                .limit(EventPages.PAGE)
                                .map(e -> e.id().value())
                                .toList());
    }

    @Test
    void swap_opens_the_same_pair_the_other_way_round() {
        Dataset d = BusyPair.dataset();
        part.show(
                scene(d, ExplorerState.initial().withPair(Optional.of(new ActorPair(US, RUSSIA)))),
                StateChange.EVERYTHING);

        descendants(part)
                .filter(c -> "swap".equals(c.getElement().getAttribute("data-action")))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();

        assertThat(intents).containsExactly(new OpenPair(new ActorPair(RUSSIA, US)));
    }

    @Test
    void without_a_pair_the_tab_invites_a_choice_and_shows_no_events() {
        part.show(scene(BusyPair.dataset(), ExplorerState.initial()), StateChange.EVERYTHING);

        assertThat(Shown.is(byId("relationship-reading"))).isFalse();
        assertThat(cards()).isEmpty();
        assertThat(Shown.is(byId("relationship-more"))).isFalse();
    }
}
