package dev.parley.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.event.EventClass;
import dev.parley.event.EventId;
import dev.parley.event.Scores;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Tone;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkTextsTest {

    private static Connection interaction(String first, String last) {
        return new Connection(
                ActorId.of("anna"),
                ActorId.of("boris"),
                ConnectionKind.INTERACTION,
                1,
                0,
                List.of(EventId.of("e2"), EventId.of("e1")),
                Optional.of(PartialDate.parse(first)),
                Optional.of(PartialDate.parse(last)),
                Optional.empty(),
                Tone.NONE);
    }

    @Test
    void a_period_runs_from_the_first_to_the_last_shared_event() {
        assertThat(NetworkTexts.period(interaction("2025-02-12", "2025-02-28")))
                .isEqualTo("12 February 2025 – 28 February 2025");
        assertThat(NetworkTexts.period(interaction("2022", "2025-02"))).isEqualTo("2022 – February 2025");
    }

    @Test
    void a_period_of_one_date_names_it_once() {
        assertThat(NetworkTexts.period(interaction("2025-02-12", "2025-02-12"))).isEqualTo("12 February 2025");
    }

    @Test
    void an_affiliation_has_no_period() {
        Connection role = new Connection(
                ActorId.of("anna"),
                ActorId.of("ministry"),
                ConnectionKind.AFFILIATION,
                0,
                0,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("Minister"),
                Tone.NONE);

        assertThat(NetworkTexts.period(role)).isEmpty();
    }

    @Test
    void whole_metric_values_have_no_decimals_and_others_three_whatever_the_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(NetworkTexts.metricValue(12)).isEqualTo("12");
            assertThat(NetworkTexts.metricValue(0)).isEqualTo("0");
            assertThat(NetworkTexts.metricValue(0.125)).isEqualTo("0.125");
            assertThat(NetworkTexts.metricValue(1.0 / 3)).isEqualTo("0.333");
            assertThat(NetworkTexts.metricValue(2e9)).isEqualTo("2000000000.000");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_score_has_one_decimal_a_true_minus_sign_and_a_plus_for_cooperation_whatever_the_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(Scores.format(-4.25)).isEqualTo("\u22124.3");
            assertThat(Scores.format(2.1)).isEqualTo("+2.1");
            assertThat(Scores.format(-10)).isEqualTo("\u221210.0");
            assertThat(Scores.format(0)).isEqualTo("0.0");
            assertThat(Scores.format(-0.04)).as("no negative zero").isEqualTo("0.0");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void a_stance_reads_as_its_mean_over_its_scored_events() {
        assertThat(NetworkTexts.stance(new Tone(6, -25.8, Map.of(EventClass.MATERIAL_CONFLICT, 6))))
                .isEqualTo("Mean score \u22124.3 over 6 scored events");
        assertThat(NetworkTexts.stance(new Tone(1, 1, Map.of(EventClass.VERBAL_COOPERATION, 1))))
                .isEqualTo("Mean score +1.0 over 1 scored event");
        assertThat(NetworkTexts.stance(new Tone(0, 0, Map.of(EventClass.NEUTRAL, 2))))
                .isEqualTo("No scored event");
        assertThat(NetworkTexts.stance(Tone.NONE)).isEqualTo("No scored event");
    }

    @Test
    void events_by_class_are_listed_in_the_order_of_the_classes_without_empty_ones() {
        Tone tone = new Tone(6, -10, Map.of(EventClass.MATERIAL_CONFLICT, 4, EventClass.VERBAL_COOPERATION, 2));

        assertThat(NetworkTexts.byClass(tone)).isEqualTo("2 verbal cooperation · 4 material conflict");
        assertThat(NetworkTexts.byClass(Tone.NONE)).isEmpty();
    }
}
