package dev.parley.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.base.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DateResolutionTest {
    /** A Friday. */
    private static final LocalDate FRIDAY_14_FEB_2025 = LocalDate.of(2025, 2, 14);

    private final ArticleAnalyser analyser = new ArticleAnalyser(List.of());

    private List<DateMention> dates(String text, LocalDate published) {
        return analyser.analyse(text, published).dates();
    }

    private Map<String, PartialDate> resolved(String text, LocalDate published) {
        return dates(text, published).stream()
                .collect(Collectors.toMap(
                        DateMention::text, DateMention::date, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static PartialDate day(int year, int month, int day) {
        return PartialDate.ofDay(LocalDate.of(year, month, day));
    }

    @Test
    void vague_time_words_give_no_date() {
        assertThat(dates("Last week and recently, in recent days, soon, the talks went on.", FRIDAY_14_FEB_2025))
                .isEmpty();
    }

    @Test
    void on_wednesday_in_an_article_of_friday_14_february_2025_is_12_february_2025() {
        assertThat(resolved("They met on Wednesday.", FRIDAY_14_FEB_2025))
                .containsExactly(Map.entry("on Wednesday", day(2025, 2, 12)));
    }

    @Test
    void a_weekday_is_the_latest_such_day_on_or_before_publication() {
        assertThat(resolved("Talks on Friday followed Thursday's call; last Friday was quiet.", FRIDAY_14_FEB_2025))
                .containsExactly(
                        Map.entry("on Friday", day(2025, 2, 14)),
                        Map.entry("Thursday", day(2025, 2, 13)),
                        Map.entry("last Friday", day(2025, 2, 7)));
    }

    @Test
    void a_weekday_to_come_gives_no_date() {
        assertThat(dates("They will meet next Monday.", FRIDAY_14_FEB_2025)).isEmpty();
    }

    @Test
    void today_and_yesterday_are_days() {
        assertThat(resolved("Today he left; yesterday he came.", FRIDAY_14_FEB_2025))
                .containsExactly(Map.entry("Today", day(2025, 2, 14)), Map.entry("yesterday", day(2025, 2, 13)));
    }

    @Test
    void written_days_in_every_usual_form_keep_day_precision() {
        assertThat(resolved(
                        "On Feb. 12 and February 12, 2025, on 12 February, on February 3rd, and on 12 Feb 2025 and"
                                + " 1 January 2024.",
                        FRIDAY_14_FEB_2025))
                .containsExactly(
                        Map.entry("Feb. 12", day(2025, 2, 12)),
                        Map.entry("February 12, 2025", day(2025, 2, 12)),
                        Map.entry("12 February", day(2025, 2, 12)),
                        Map.entry("February 3rd", day(2025, 2, 3)),
                        Map.entry("12 Feb 2025", day(2025, 2, 12)),
                        Map.entry("1 January 2024", day(2024, 1, 1)));
    }

    @Test
    void a_day_without_a_year_more_than_two_weeks_after_publication_is_in_the_year_before() {
        LocalDate january10 = LocalDate.of(2025, 1, 10);

        assertThat(resolved("Talks began on Dec. 30 and resume on January 20.", january10))
                .containsExactly(Map.entry("Dec. 30", day(2024, 12, 30)), Map.entry("January 20", day(2025, 1, 20)));
    }

    @Test
    void a_day_that_does_not_exist_gives_no_date() {
        assertThat(dates("A meeting on February 30 and on 31 April.", FRIDAY_14_FEB_2025))
                .isEmpty();
    }

    @Test
    void last_month_and_this_month_are_months() {
        assertThat(resolved("Last month was cold; this month is not.", FRIDAY_14_FEB_2025))
                .containsExactly(
                        Map.entry("Last month", PartialDate.ofMonth(2025, 1)),
                        Map.entry("this month", PartialDate.ofMonth(2025, 2)));
    }

    @Test
    void last_month_in_january_is_december_of_the_year_before() {
        assertThat(resolved("It happened last month.", LocalDate.of(2025, 1, 5)))
                .containsExactly(Map.entry("last month", PartialDate.ofMonth(2024, 12)));
    }

    @Test
    void a_month_with_or_without_a_year_keeps_month_precision() {
        assertThat(resolved(
                        "It began in February 2022, was renewed in January and ended in December.", FRIDAY_14_FEB_2025))
                .containsExactly(
                        Map.entry("in February 2022", PartialDate.ofMonth(2022, 2)),
                        Map.entry("in January", PartialDate.ofMonth(2025, 1)),
                        Map.entry("in December", PartialDate.ofMonth(2024, 12)));
    }

    @Test
    void a_month_that_starts_within_two_weeks_of_publication_is_in_the_publication_year() {
        assertThat(resolved("Elections are due in March.", LocalDate.of(2025, 2, 20)))
                .containsExactly(Map.entry("in March", PartialDate.ofMonth(2025, 3)));
    }

    @Test
    void a_month_without_a_year_in_a_january_article_rolls_back_when_far_ahead() {
        assertThat(resolved("The deal was signed in November.", LocalDate.of(2025, 1, 8)))
                .containsExactly(Map.entry("in November", PartialDate.ofMonth(2024, 11)));
    }

    @Test
    void last_year_and_in_2022_are_years() {
        assertThat(resolved("Last year was hard, as was the war in 2022.", FRIDAY_14_FEB_2025))
                .containsExactly(
                        Map.entry("Last year", PartialDate.ofYear(2024)),
                        Map.entry("in 2022", PartialDate.ofYear(2022)));
    }

    @Test
    void may_the_verb_and_numbers_that_are_not_years_give_no_date() {
        assertThat(dates("They may meet in 2,000 places, may 12 of them in 12 cities.", FRIDAY_14_FEB_2025))
                .isEmpty();
    }

    @Test
    void each_date_keeps_its_sentence() {
        assertThat(dates("Nothing happened. They met on Wednesday in Riyadh.", FRIDAY_14_FEB_2025))
                .singleElement()
                .satisfies(d -> assertThat(d.sentence()).isEqualTo("They met on Wednesday in Riyadh."));
    }

    @Test
    void the_same_date_written_the_same_way_twice_is_offered_once() {
        assertThat(dates("On Wednesday they met. On Wednesday they parted.", FRIDAY_14_FEB_2025))
                .hasSize(1);
    }
}
