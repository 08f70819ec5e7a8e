package dev.parley.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.chart.Diverging;
import dev.parley.chart.GraphSeries;
import dev.parley.chart.LineStyle;
import dev.parley.chart.Link;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.LinkColouring;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Links by kind and by stance, and their tooltips, on three invented events among the actors of the network fixture:
 * Archer calls Bell (consult, +1), Bell sanctions Archer (sanction, -4), and Archer and Cruz, side by side, make a
 * statement to Delta Union (0). Archer and Bell thus have a mean of -1.5; Archer and Cruz share an event but no
 * score; Archer holds a role of North Land.
 */
class NetworkLinksTest {
    private static final ActorId ANNA = ActorId.of("anna-archer");
    private static final ActorId BORIS = ActorId.of("boris-bell");
    private static final ActorId CARLA = ActorId.of("carla-cruz");
    private static final ActorId DELTA = ActorId.of("delta-union");
    private static final ActorId NORTH = ActorId.of("north-land");
    private static final Dataset ACTORS = new DatasetLoader()
            .load(Path.of("src/test/resources/fixtures/network"))
            .dataset()
            .orElseThrow();
    private static final Dataset DATASET = new Dataset(
            ACTORS.actors(),
            List.of(),
            List.of(
                    event("call", "2024-01-10", "Archer calls Bell", EventType.CONSULT, ANNA, BORIS),
                    event("sanctions", "2024-02-01", "Bell sanctions Archer", EventType.SANCTION, BORIS, ANNA),
                    new Event(
                            EventId.of("statement"),
                            ArticleId.of("links-fixture"),
                            PartialDate.parse("2024-03"),
                            Optional.empty(),
                            "Archer and Cruz address Delta",
                            EventType.STATEMENT,
                            Optional.empty(),
                            Optional.empty(),
                            List.of(
                                    new Participant(ANNA, ParticipantRole.INITIATOR),
                                    new Participant(CARLA, ParticipantRole.INITIATOR),
                                    new Participant(DELTA, ParticipantRole.RECIPIENT)),
                            List.of())));
    private static final ActorNetwork NETWORK = ActorNetwork.of(DATASET, EventFilter.all());

    private static Connection interaction(ActorId a, ActorId b) {
        return NETWORK.connection(a, b, ConnectionKind.INTERACTION).orElseThrow();
    }

    private static Connection affiliation() {
        return NETWORK.connection(ANNA, NORTH, ConnectionKind.AFFILIATION).orElseThrow();
    }

    @Test
    void a_stance_link_takes_the_colour_of_its_mean_score() {
        LineStyle style = NetworkLinks.style(interaction(ANNA, BORIS), LinkColouring.STANCE);

        assertThat(style.color()).isEqualTo(Diverging.colour(-1.5));
        assertThat(style.type()).isEqualTo(LineStyle.Type.SOLID);
        assertThat(style.opacity()).isEqualTo(NetworkLinks.STANCE_OPACITY);
    }

    @Test
    void a_neutral_mean_is_solid_grey_and_a_link_without_a_scored_event_light_grey_and_dashed() {
        LineStyle neutral = NetworkLinks.style(interaction(ANNA, DELTA), LinkColouring.STANCE);
        LineStyle unscored = NetworkLinks.style(interaction(ANNA, CARLA), LinkColouring.STANCE);

        assertThat(neutral.color()).isEqualTo(Diverging.NEUTRAL);
        assertThat(neutral.type()).isEqualTo(LineStyle.Type.SOLID);
        assertThat(unscored.color()).isEqualTo(NetworkLinks.UNSCORED);
        assertThat(unscored.type()).isEqualTo(LineStyle.Type.DASHED);
    }

    @Test
    void a_stance_link_is_as_thick_as_the_same_link_by_kind() {
        for (Connection c : List.of(interaction(ANNA, BORIS), interaction(ANNA, CARLA))) {
            assertThat(NetworkLinks.style(c, LinkColouring.STANCE).width())
                    .isEqualTo(NetworkLinks.style(c, LinkColouring.KIND).width());
        }
    }

    @Test
    void by_kind_every_interaction_is_grey_whatever_its_score() {
        assertThat(NETWORK.connections())
                .filteredOn(c -> c.kind() == ConnectionKind.INTERACTION)
                .extracting(c -> NetworkLinks.style(c, LinkColouring.KIND).color())
                .containsOnly(NetworkLinks.INTERACTION);
    }

    @Test
    void an_affiliation_keeps_its_thin_dashed_look_under_either_colouring() {
        LineStyle byKind = NetworkLinks.style(affiliation(), LinkColouring.KIND);

        assertThat(byKind).isEqualTo(LineStyle.of(NetworkLinks.AFFILIATION, 1, LineStyle.Type.DASHED));
        assertThat(NetworkLinks.style(affiliation(), LinkColouring.STANCE)).isEqualTo(byKind);
    }

    @Test
    void an_interactions_tooltip_names_the_pair_its_mean_its_classes_and_its_latest_event() {
        assertThat(NetworkLinks.tooltip(interaction(ANNA, BORIS), DATASET))
                .containsExactly(
                        "Anna Archer — Boris Bell",
                        "2 shared events, 10 January 2024 – 1 February 2024",
                        "Anna Archer → Boris Bell: 1, Boris Bell → Anna Archer: 1",
                        "Mean score −1.5 over 2 scored events",
                        "1 verbal cooperation · 1 material conflict",
                        "Latest: Bell sanctions Archer (1 February 2024)");
    }

    @Test
    void a_tooltip_says_when_no_event_is_scored() {
        assertThat(NetworkLinks.tooltip(interaction(ANNA, CARLA), DATASET))
                .contains("No scored event", "1 neutral", "Latest: Archer and Cruz address Delta (March 2024)");
    }

    @Test
    void an_affiliations_tooltip_names_the_role() {
        assertThat(NetworkLinks.tooltip(affiliation(), DATASET))
                .containsExactly("Anna Archer — North Land", "Foreign Minister (role)");
    }

    @Test
    void the_chart_draws_links_by_the_colouring_it_is_asked_for_with_the_same_tooltips() {
        List<Link> byKind = links(LinkColouring.KIND);
        List<Link> byStance = links(LinkColouring.STANCE);

        assertThat(byStance)
                .extracting(Link::id)
                .containsExactlyElementsOf(byKind.stream().map(Link::id).toList());
        assertThat(byStance)
                .extracting(Link::tooltipLines)
                .containsExactlyElementsOf(
                        byKind.stream().map(Link::tooltipLines).toList());
        assertThat(byStance)
                .filteredOn(l -> l.id().equals("l:anna-archer:boris-bell:i"))
                .singleElement()
                .extracting(l -> l.lineStyle().color())
                .isEqualTo(Diverging.colour(-1.5));
    }

    private static List<Link> links(LinkColouring colouring) {
        return ((GraphSeries) NetworkOptions.prepare(NETWORK, DATASET, Metric.DEGREE, NodeColouring.KIND, colouring)
                        .option()
                        .option()
                        .series()
                        .getFirst())
                .links();
    }

    private static Event event(String id, String date, String title, EventType type, ActorId from, ActorId to) {
        return new Event(
                EventId.of(id),
                ArticleId.of("links-fixture"),
                PartialDate.parse(date),
                Optional.empty(),
                title,
                type,
                Optional.empty(),
                Optional.empty(),
                List.of(
                        new Participant(from, ParticipantRole.INITIATOR),
                        new Participant(to, ParticipantRole.RECIPIENT)),
                List.of());
    }
}
