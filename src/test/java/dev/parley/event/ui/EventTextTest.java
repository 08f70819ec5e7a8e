package dev.parley.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Cameo;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import dev.parley.event.EventType;
import dev.parley.event.Participant;
import dev.parley.event.ParticipantRole;
import dev.parley.event.Scores;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTextTest {
    private static final ArticleId ARTICLE = ArticleId.of("a");

    private static Event event(EventType type, Optional<String> cameo) {
        return new Event(
                EventId.of("e"),
                ARTICLE,
                PartialDate.ofYear(2025),
                Optional.empty(),
                "<b>An event</b>",
                type,
                Optional.empty(),
                Optional.empty(),
                List.of(new Participant(ActorId.of("x"), ParticipantRole.INITIATOR)),
                List.of(),
                cameo.map(code -> Cameo.code(code).orElseThrow()));
    }

    @Test
    void the_score_names_the_root_the_type_stands_for() {
        assertThat(EventText.scoreOf(event(EventType.SANCTION, Optional.empty())))
                .isEqualTo("Score \u22124.0 on the Goldstein scale (CAMEO 16, Reduce relations)");
    }

    @Test
    void the_score_names_the_finer_code_when_the_event_has_one() {
        assertThat(EventText.scoreOf(event(EventType.CONCEDE, Optional.of("0874"))))
                .isEqualTo("Score +10.0 on the Goldstein scale (CAMEO 0874, Retreat or surrender militarily)");
    }

    @Test
    void scores_carry_their_sign_and_one_decimal_and_zero_has_none() {
        assertThat(Scores.format(7.4)).isEqualTo("+7.4");
        assertThat(Scores.format(-0.1)).isEqualTo("\u22120.1");
        assertThat(Scores.format(0.0)).isEqualTo("0.0");
        assertThat(Scores.format(-0.0)).isEqualTo("0.0");
        assertThat(Scores.format(-0.04)).as("rounds to zero").isEqualTo("0.0");
    }

    @Test
    void the_event_details_show_the_score_as_text() {
        Event event = event(EventType.SANCTION, Optional.of("163"));
        Dataset dataset = new Dataset(
                List.of(),
                List.of(new Article(
                        ARTICLE,
                        "Title",
                        "Outlet",
                        Optional.empty(),
                        PartialDate.ofYear(2025),
                        Optional.empty(),
                        "articles/a.yaml")),
                List.of(event));

        List<String> texts = new EventDetails(event, dataset)
                .getChildren()
                .map(Component::getElement)
                .map(e -> e.getTextRecursively())
                .toList();

        assertThat(texts)
                .contains("Score \u22128.0 on the Goldstein scale (CAMEO 163, Impose embargo, boycott, or sanctions)");
    }
}
