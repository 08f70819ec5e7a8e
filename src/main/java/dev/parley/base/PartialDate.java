package dev.parley.base;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day, as sources give them: "2022" is not "1 January 2022".
 * The value covers a period from {@link #start()} to {@link #endInclusive()}.
 */
public record PartialDate(LocalDate start, Precision precision) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    public PartialDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && start.getDayOfMonth() != 1
                || precision == Precision.YEAR && start.getMonthValue() != 1) {
            throw new IllegalArgumentException("a " + precision + " date must start its period: " + start);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, Precision.DAY);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message fit for a curator when the text is not such a date
     */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1) {
            throw new IllegalArgumentException("'" + text + "' is not a date: year 0 does not exist");
        }
        if (m.group(2) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' is not a date: month must be 01 to 12");
        }
        if (m.group(3) == null) {
            return ofMonth(year, month);
        }
        int day = Integer.parseInt(m.group(3));
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: "
                    + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year
                    + " has " + ym.lengthOfMonth() + " days");
        }
        return ofDay(LocalDate.of(year, month, day));
    }

    /** The last day this date may stand for: the 31 December of a year, the last day of a month. */
    public LocalDate endInclusive() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case DAY -> start;
        };
    }

    /** Whether any day of this date falls within the closed range {@code [from, to]}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !endInclusive().isBefore(from) && !start.isAfter(to);
    }

    /** For people: "12 February 2025", "February 2025", "2022". */
    public String display() {
        return switch (precision) {
            case YEAR -> String.valueOf(start.getYear());
            case MONTH -> MONTH.format(start);
            case DAY -> DAY.format(start);
        };
    }

    /** The data-file form this date was written in: "2025-02-12", "2025-02", "2022". */
    public String iso() {
        String s = start.toString();
        return switch (precision) {
            case YEAR -> s.substring(0, 4);
            case MONTH -> s.substring(0, 7);
            case DAY -> s;
        };
    }

    /** Earlier start first; on the same start, the more precise date first. */
    @Override
    public int compareTo(PartialDate other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : other.precision.compareTo(precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
