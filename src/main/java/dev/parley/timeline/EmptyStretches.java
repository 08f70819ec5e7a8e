package dev.parley.timeline;

import dev.parley.event.Event;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The long stretches of time without any event, which a compressed time axis cuts out. Measured on whole months,
 * since the timeline draws busy periods as month bars. A stretch counts when it is longer than half a year and than
 * a twelfth of the whole span: on the bundled data (2014 to 2025) the almost empty years 2015 to 2021 took most of
 * the width at "All time" and pushed 2025, which holds most events, into the right-hand eighth. A month is kept on
 * each side of a stretch, so the events before and after it keep some room.
 */
public final class EmptyStretches {
    static final int MIN_DAYS = 183;
    static final int MARGIN_DAYS = 31;

    /** A stretch left out: from {@code from} to {@code to}, both inclusive. */
    public record Stretch(LocalDate from, LocalDate to) {}

    private record Covered(LocalDate from, LocalDate until) {}

    private EmptyStretches() {}

    public static List<Stretch> of(Collection<Event> events) {
        List<Covered> covered = events.stream()
                .map(e -> new Covered(
                        YearMonth.from(e.firstDay()).atDay(1),
                        YearMonth.from(e.lastDay()).atEndOfMonth().plusDays(1)))
                .sorted(Comparator.comparing(Covered::from))
                .toList();
        if (covered.size() < 2) {
            return List.of();
        }
        LocalDate first = covered.getFirst().from();
        LocalDate last = covered.stream()
                .map(Covered::until)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        long threshold = Math.max(MIN_DAYS, ChronoUnit.DAYS.between(first, last) / 12);
        List<Stretch> stretches = new ArrayList<>();
        LocalDate reached = covered.getFirst().until();
        for (Covered c : covered) {
            if (ChronoUnit.DAYS.between(reached, c.from()) > threshold) {
                stretches.add(
                        new Stretch(reached.plusDays(MARGIN_DAYS), c.from().minusDays(MARGIN_DAYS + 1)));
            }
            if (c.until().isAfter(reached)) {
                reached = c.until();
            }
        }
        return List.copyOf(stretches);
    }
}
