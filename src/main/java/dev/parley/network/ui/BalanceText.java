package dev.parley.network.ui;

import dev.parley.network.Camps;

/**
 * The one sentence that explains the camps and the structural balance of a network, shown beside the network when
 * its nodes are coloured by camp. Plain text.
 */
public final class BalanceText {
    private BalanceText() {}

    /**
     * For example: "Balance 82 %: of 17 triangles with three signed links, 14 are balanced (the friend of a friend is
     * a friend, the enemy of an enemy is a friend). 3 of 40 signed connections go against the split into two
     * camps."
     */
    public static String of(Camps camps) {
        if (camps.isEmpty()) {
            return "No connection leans cooperative or conflictual here, so there are no camps.";
        }
        String split = against(camps);
        if (camps.triangles() == 0) {
            return "No three actors here are all joined by signed links, so balance cannot be measured. " + split;
        }
        int t = camps.triangles();
        int b = camps.balancedTriangles();
        return "Balance " + percent(b, t) + " %: of " + t + (t == 1 ? " triangle" : " triangles")
                + " with three signed links, " + b + (b == 1 ? " is" : " are")
                + " balanced (the friend of a friend is a friend, the enemy of an enemy is a friend). " + split;
    }

    /** The figures alone, for an exported image's footnote: "Balance 82 % (14 of 17 triangles), 3 of 40 against the camps". */
    public static String brief(Camps camps) {
        if (camps.isEmpty()) {
            return "No signed connection, no camps";
        }
        String balance = camps.triangles() == 0
                ? "Balance not measurable (no signed triangle)"
                : "Balance " + percent(camps.balancedTriangles(), camps.triangles()) + " % ("
                        + camps.balancedTriangles() + " of " + camps.triangles() + " triangles)";
        return balance + ", " + camps.frustrated() + " of " + camps.signedConnections()
                + " signed connections against the camps";
    }

    private static String against(Camps camps) {
        int f = camps.frustrated();
        int s = camps.signedConnections();
        String of = (f == 0 ? "None" : String.valueOf(f)) + " of " + s + " signed "
                + (s == 1 ? "connection " : "connections ");
        return of + (f == 1 || (f == 0 && s == 1) ? "goes" : "go")
                + " against the split into two camps (conflict inside a camp or cooperation across).";
    }

    /** A whole percentage that says 100 only when all are balanced, and 0 only when none is. */
    static int percent(int part, int whole) {
        int p = (int) Math.round(100.0 * part / whole);
        if (part < whole && p == 100) {
            return 99;
        }
        if (part > 0 && p == 0) {
            return 1;
        }
        return p;
    }
}
