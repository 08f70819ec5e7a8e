package dev.parley.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.event.Cameo;
import dev.parley.event.EventType;
import org.junit.jupiter.api.Test;

class CameoPickerTest {
    @Test
    void an_event_of_a_type_is_offered_only_the_codes_under_its_roots() {
        assertThat(CameoPicker.codesFor(EventType.SANCTION))
                .contains("16", "163")
                .allMatch(code -> code.startsWith("16"));
        assertThat(CameoPicker.codesFor(EventType.ACCUSE))
                .contains("112", "093", "10")
                .noneMatch(code -> code.startsWith("16"));
    }

    @Test
    void an_event_without_a_type_is_offered_every_code() {
        assertThat(CameoPicker.codesFor(null)).hasSize(Cameo.codes().size());
    }

    @Test
    void a_code_is_found_by_its_number_or_a_word_of_its_name_and_shown_with_its_name() {
        assertThat(CameoPicker.label("046")).isEqualTo("046 Engage in negotiation");
        assertThat(CameoPicker.matches("046", "negotiat")).isTrue();
        assertThat(CameoPicker.matches("046", "NEGOTIATION")).isTrue();
        assertThat(CameoPicker.matches("046", "046")).isTrue();
        assertThat(CameoPicker.matches("046", "embargo")).isFalse();
    }

    @Test
    void a_code_parley_does_not_know_is_shown_as_typed() {
        assertThat(CameoPicker.label("999")).isEqualTo("999");
    }
}
