package dev.parley.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void a_year_a_month_and_a_day_parse_with_their_precision() {
        assertThat(PartialDate.parse("2022")).isEqualTo(PartialDate.ofYear(2022));
        assertThat(PartialDate.parse("2022").precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("2025-02").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("2025-02-12")).isEqualTo(PartialDate.ofDay(LocalDate.of(2025, 2, 12)));
    }

    @Test
    void impossible_dates_are_rejected_with_a_message_for_curators() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDate.parse("2025-02-30"))
                .withMessage("'2025-02-30' is not a date: February 2025 has 28 days");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDate.parse("0000"))
                .withMessageContaining("year 0 does not exist");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDate.parse("2025-13"))
                .withMessageContaining("month must be 01 to 12");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDate.parse("12 February 2025"))
                .withMessageContaining("use YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(null));
    }

    @Test
    void a_leap_day_exists_only_in_leap_years() {
        assertThat(PartialDate.parse("2024-02-29").start()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2023-02-29"));
    }

    @Test
    void display_shows_only_the_known_precision() {
        assertThat(PartialDate.parse("2022").display()).isEqualTo("2022");
        assertThat(PartialDate.parse("2025-02").display()).isEqualTo("February 2025");
        assertThat(PartialDate.parse("2025-02-03").display()).isEqualTo("3 February 2025");
    }

    @Test
    void iso_gives_back_what_was_written() {
        for (String text : List.of("2022", "2025-02", "2025-02-03")) {
            assertThat(PartialDate.parse(text).iso()).isEqualTo(text);
            assertThat(PartialDate.parse(text)).hasToString(text);
        }
    }

    @Test
    void a_partial_date_covers_its_whole_period() {
        assertThat(PartialDate.parse("2024").endInclusive()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(PartialDate.parse("2024-02").endInclusive()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2024-02-10").endInclusive()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(PartialDate.parse("2024-02").overlaps(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 5)))
                .isTrue();
        assertThat(PartialDate.parse("2024-02").overlaps(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)))
                .isFalse();
    }

    @Test
    void earlier_dates_sort_first_and_on_an_equal_start_the_more_precise_one() {
        List<PartialDate> dates = new ArrayList<>(List.of(
                PartialDate.parse("2025"),
                PartialDate.parse("2025-01-01"),
                PartialDate.parse("2024-12-31"),
                PartialDate.parse("2025-01")));
        Collections.sort(dates);

        assertThat(dates).extracting(PartialDate::iso).containsExactly("2024-12-31", "2025-01-01", "2025-01", "2025");
        assertThat(PartialDate.parse("2025-02-12")).isEqualByComparingTo(PartialDate.parse("2025-02-12"));
    }

    @Test
    void a_partial_date_must_start_its_period() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PartialDate(LocalDate.of(2025, 3, 4), PartialDate.Precision.MONTH));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PartialDate(LocalDate.of(2025, 3, 1), PartialDate.Precision.YEAR));
    }
}
