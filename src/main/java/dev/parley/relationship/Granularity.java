package dev.parley.relationship;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How long one period of a relationship's series is: a month, or coarser when the relationship spans so long that
 * monthly points would be too many to read (more than {@link #MONTHS_AT_MOST} months; quarters up to
 * {@link #QUARTERS_AT_MOST} quarters).
 */
public enum Granularity {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    /** Ten years of months are still readable side by side on a wide chart; more are a blur. */
    static final int MONTHS_AT_MOST = 120;

    static final int QUARTERS_AT_MOST = 120;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final int months;

    Granularity(int months) {
        this.months = months;
    }

    /** The finest granularity that keeps the periods from {@code first} to {@code last} readable. */
    static Granularity spanning(YearMonth first, YearMonth last) {
        long span = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (span <= MONTHS_AT_MOST) {
            return MONTH;
        }
        return span <= (long) QUARTERS_AT_MOST * 3 ? QUARTER : YEAR;
    }

    /** The first day of the period a day falls in. */
    LocalDate periodOf(LocalDate day) {
        int monthIndex = (day.getMonthValue() - 1) / months * months;
        return LocalDate.of(day.getYear(), monthIndex + 1, 1);
    }

    /** The first day of the period after the one starting on {@code start}. */
    LocalDate next(LocalDate start) {
        return start.plusMonths(months);
    }

    /** A short label for a chart axis: "Feb 2022", "Q1 2022", "2022". */
    String shortLabel(LocalDate start) {
        return switch (this) {
            case MONTH -> SHORT.format(start);
            case QUARTER -> "Q" + quarter(start) + " " + start.getYear();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The period in words, for a sentence: "in February 2022", "in the first quarter of 2022", "in 2022". */
    String inWords(LocalDate start) {
        return switch (this) {
            case MONTH -> "in " + LONG.format(start);
            case QUARTER ->
                "in the " + new String[] {"first", "second", "third", "fourth"}[quarter(start) - 1] + " quarter of "
                        + start.getYear();
            case YEAR -> "in " + start.getYear();
        };
    }

    /** The word for one period: "month", "quarter", "year". */
    public String unit() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static int quarter(LocalDate start) {
        return (start.getMonthValue() - 1) / 3 + 1;
    }
}
