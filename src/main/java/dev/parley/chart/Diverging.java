package dev.parley.chart;

import java.util.List;
import java.util.Locale;

/**
 * The diverging red-grey-blue colour scale of cooperation and conflict on the Goldstein scale: red for -10 (most
 * conflictual), grey for 0, blue for +10 (most cooperative), blended linearly in between. Red against blue stays
 * apart for the common red-green colour blindnesses, and every view of a relationship uses this one scale, so a
 * colour means the same score everywhere.
 */
public final class Diverging {
    /** Most conflictual end. */
    public static final String CONFLICT = "#b2182b";
    /** No lean either way. */
    public static final String NEUTRAL = "#d0d0d0";
    /** Most cooperative end. */
    public static final String COOPERATION = "#2166ac";
    /** The scale's bounds. */
    public static final double MIN = -10;

    public static final double MAX = 10;

    private static final int[] RED = rgb(CONFLICT);
    private static final int[] GREY = rgb(NEUTRAL);
    private static final int[] BLUE = rgb(COOPERATION);

    private Diverging() {}

    /** The colour of a score; scores beyond the bounds take the colour of the bound. */
    public static String colour(double score) {
        double t = Math.max(MIN, Math.min(MAX, score)) / MAX;
        int[] end = t < 0 ? RED : BLUE;
        double f = Math.abs(t);
        return String.format(
                Locale.ROOT,
                "#%02x%02x%02x",
                blend(GREY[0], end[0], f),
                blend(GREY[1], end[1], f),
                blend(GREY[2], end[2], f));
    }

    /** The scale's colours from -10 to +10, for a visual map or a legend. */
    public static List<String> stops() {
        return List.of(CONFLICT, NEUTRAL, COOPERATION);
    }

    private static int blend(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }

    private static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }
}
