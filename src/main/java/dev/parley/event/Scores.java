package dev.parley.event;

import java.util.Locale;

/**
 * Goldstein scores as people read them, the same in every view and export: a sign always, one decimal, a true minus
 * sign, whatever the locale.
 */
public final class Scores {
    private Scores() {}

    /** "+2.1", "−4.0", "0.0". */
    public static String format(double score) {
        String digits = String.format(Locale.ROOT, "%.1f", Math.abs(score));
        if (digits.equals("0.0")) {
            return digits;
        }
        return (score > 0 ? "+" : "\u2212") + digits;
    }
}
