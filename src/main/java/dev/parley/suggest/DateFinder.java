package dev.parley.suggest;

import dev.parley.base.PartialDate;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in a text, resolved against the publication date to the precision the words give: a weekday, "today",
 * "Feb. 12" or "12 February 2025" a day; "last month", "in February" or "February 2022" a month; "last year" or "in
 * 2022" a year. Words without a precise date ("last week", "recently") give none. A day or month without a year is
 * taken in the publication year, or the year before when that would put it more than two weeks after publication (a
 * January article's "Dec. 30" is last December). Each pattern is a plain regular expression without nested
 * repetition, so a scan is linear in the text.
 */
final class DateFinder {
    private static final int GRACE_DAYS = 14;
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String FULL_MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";

    /** A date in the text; {@code date} is null for words that name no date, such as "next Monday". */
    private record Span(int start, int end, PartialDate date) {}

    private record Rule(Pattern pattern, BiFunction<MatchResult, LocalDate, Optional<PartialDate>> resolve) {}

    private static final List<Rule> RULES = List.of(
            new Rule(
                    Pattern.compile("\\b" + MONTH + "\\b\\.?[ \\t\\u00A0]{1,3}" + DAY + "\\b(?:,?[ \\t\\u00A0]{1,3}"
                            + YEAR + "\\b)?"),
                    (m, published) -> day(published, m.group(3), m.group(1), m.group(2))),
            new Rule(
                    Pattern.compile("\\b" + DAY + "[ \\t\\u00A0]{1,3}(?:of[ \\t\\u00A0]{1,3})?" + MONTH
                            + "\\b\\.?(?:,?[ \\t\\u00A0]{1,3}" + YEAR + "\\b)?"),
                    (m, published) -> day(published, m.group(3), m.group(2), m.group(1))),
            new Rule(
                    Pattern.compile("\\b(?:(?:in|since|by|until|during|from|through|of)\\s{1,3})?" + MONTH
                            + "\\b\\.?,?[ \\t\\u00A0]{1,3}" + YEAR + "\\b"),
                    (m, published) -> month(Integer.parseInt(m.group(2)), m.group(1))),
            new Rule(
                    Pattern.compile("\\b(?i:(in|since|by|until|during|from|through|last|this|early|late|mid-?))"
                            + "\\s{1,3}(?:(?i:early|late|mid-?)\\s{0,3})?" + FULL_MONTH + "\\b(?![.,]?\\s{0,3}\\d)"),
                    (m, published) -> inMonth(published, m.group(1), m.group(2))),
            new Rule(
                    Pattern.compile("\\b(?:(?i:(on|last|this|since|by|until|next))\\s{1,3})?(Monday|Tuesday"
                            + "|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"),
                    (m, published) -> weekday(published, m.group(1), m.group(2))),
            new Rule(
                    Pattern.compile("(?i)\\b(today|yesterday|tomorrow)\\b"),
                    (m, published) -> Optional.of(PartialDate.ofDay(
                            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                                case "yesterday" -> published.minusDays(1);
                                case "tomorrow" -> published.plusDays(1);
                                default -> published;
                            }))),
            new Rule(
                    Pattern.compile("(?i)\\b(last|this|next)\\s{1,3}(month|year)\\b"),
                    (m, published) -> relative(published, m.group(1), m.group(2))),
            new Rule(
                    Pattern.compile("(?i)\\b(?:in|since|by|until|during|from|through|before|after|of)\\s{1,3}" + YEAR
                            + "\\b(?![.,]?\\d)"),
                    (m, published) -> Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(1))))));

    private DateFinder() {}

    /** Words a date can start with; the patterns are tried only there, so a scan costs little more than the words. */
    private static final Set<String> OPENERS = Set.of(
            "in",
            "since",
            "by",
            "until",
            "during",
            "from",
            "through",
            "of",
            "last",
            "this",
            "next",
            "early",
            "late",
            "on",
            "before",
            "after",
            "today",
            "yesterday",
            "tomorrow",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    static List<DateMention> find(String text, List<Words.Word> words, LocalDate published, Sentences sentences) {
        List<Span> spans = new ArrayList<>();
        List<Matcher> matchers =
                RULES.stream().map(r -> r.pattern().matcher(text)).toList();
        for (Words.Word word : words) {
            String f =
                    word.possessive() ? word.folded().substring(0, word.folded().length() - 2) : word.folded();
            if (!OPENERS.contains(f) && !f.startsWith("mid") && !Character.isDigit(f.charAt(0))) {
                continue;
            }
            for (int r = 0; r < RULES.size(); r++) {
                Matcher m = matchers.get(r);
                m.region(word.start(), text.length());
                if (m.lookingAt()) {
                    MatchResult result = m.toMatchResult();
                    // a match without a date ("next Monday") still covers its words, so "Monday" alone is not taken
                    PartialDate date =
                            RULES.get(r).resolve().apply(result, published).orElse(null);
                    spans.add(new Span(result.start(), result.end(), date));
                }
            }
        }
        spans.sort(Comparator.comparingInt((Span s) -> s.start() - s.end()).thenComparingInt(Span::start));
        BitSet taken = new BitSet(text.length());
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) {
            int next = taken.nextSetBit(s.start());
            if (next < 0 || next >= s.end()) {
                taken.set(s.start(), s.end());
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Span::start));
        Map<String, DateMention> mentions = new LinkedHashMap<>();
        for (Span s : kept) {
            if (s.date() == null) {
                continue;
            }
            DateMention mention = new DateMention(
                    Sentences.collapse(text.substring(s.start(), s.end())), s.date(), sentences.at(s.start()));
            mentions.putIfAbsent(mention.key(), mention);
        }
        return List.copyOf(mentions.values());
    }

    private static Optional<PartialDate> day(LocalDate published, String year, String month, String day) {
        int m = monthNumber(month);
        int d = Integer.parseInt(day);
        try {
            if (year != null) {
                return Optional.of(PartialDate.ofDay(LocalDate.of(Integer.parseInt(year), m, d)));
            }
            LocalDate date = LocalDate.of(published.getYear(), m, d);
            if (date.isAfter(published.plusDays(GRACE_DAYS))) {
                date = LocalDate.of(published.getYear() - 1, m, d);
            }
            return Optional.of(PartialDate.ofDay(date));
        } catch (DateTimeException invalidDay) {
            return Optional.empty();
        }
    }

    private static Optional<PartialDate> month(int year, String month) {
        return Optional.of(PartialDate.ofMonth(year, monthNumber(month)));
    }

    private static Optional<PartialDate> inMonth(LocalDate published, String preposition, String month) {
        YearMonth current = YearMonth.from(published);
        YearMonth candidate = YearMonth.of(published.getYear(), monthNumber(month));
        String p = preposition.toLowerCase(Locale.ROOT);
        if (p.equals("last")
                ? !candidate.isBefore(current)
                : candidate.atDay(1).isAfter(published.plusDays(GRACE_DAYS))) {
            candidate = candidate.minusYears(1);
        }
        return Optional.of(PartialDate.ofMonth(candidate.getYear(), candidate.getMonthValue()));
    }

    private static Optional<PartialDate> weekday(LocalDate published, String preposition, String weekday) {
        DayOfWeek day = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
        String p = preposition == null ? "" : preposition.toLowerCase(Locale.ROOT);
        return switch (p) {
            case "next" -> Optional.empty();
            case "last" -> Optional.of(PartialDate.ofDay(published.with(TemporalAdjusters.previous(day))));
            default -> Optional.of(PartialDate.ofDay(published.with(TemporalAdjusters.previousOrSame(day))));
        };
    }

    private static Optional<PartialDate> relative(LocalDate published, String which, String unit) {
        int shift = switch (which.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        if (unit.equalsIgnoreCase("year")) {
            return Optional.of(PartialDate.ofYear(published.getYear() + shift));
        }
        YearMonth m = YearMonth.from(published).plusMonths(shift);
        return Optional.of(PartialDate.ofMonth(m.getYear(), m.getMonthValue()));
    }

    private static int monthNumber(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
