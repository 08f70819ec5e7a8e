package dev.parley.relationship;

import java.util.Locale;

/** Goldstein scores as people read them: a sign always, one decimal, a true minus sign. */
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
