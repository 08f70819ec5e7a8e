package dev.parley.studio.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AutoIdsTest {
    /** A stand-in for the studio's rule, enough to see how the parts are joined. */
    private final AutoIds ids = new AutoIds(
            name -> name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));

    @Test
    void an_event_without_a_date_or_title_gets_what_there_is() {
        assertThat(ids.event("", "")).isEmpty();
        assertThat(ids.event("2025-02", "")).isEqualTo("2025-02");
        assertThat(ids.event("", "Talks")).isEqualTo("talks");
    }

    @Test
    void a_long_title_is_cut_to_a_few_words() {
        assertThat(ids.event("2025-02-12", "Trump and Putin speak by phone for ninety minutes about Ukraine"))
                .isEqualTo("2025-02-12-trump-and-putin-speak-by-phone-for");
    }

    @Test
    void an_id_typed_by_the_curator_no_longer_follows() {
        assertThat(AutoIds.follows("", "x")).isTrue();
        assertThat(AutoIds.follows("2025-talks", "2025-talks")).isTrue();
        assertThat(AutoIds.follows("my-own-id", "2025-talks")).isFalse();
    }
}
