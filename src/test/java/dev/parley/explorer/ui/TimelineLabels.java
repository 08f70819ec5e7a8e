package dev.parley.explorer.ui;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event labels the timeline has drawn, read through its test hooks: how many lie fully inside the plot, which
 * cross its edge, which are drawn over another, and how wide the year 2025 is.
 */
record TimelineLabels(int inside, List<String> acrossTheEdge, List<String> overlapping, double widthOf2025) {

    /** Measures the timeline of the page once its last option is drawn completely; labels are those with a title. */
    @SuppressWarnings("unchecked")
    static TimelineLabels measure(Page page, Set<String> titles) {
        // an animation between two layouts, or a highlight arriving after the option, draws labels on the way:
        // measured once the last option is drawn and two reads in a row see the same texts
        page.waitForFunction("() => { const t = document.querySelector('#timeline');"
                + " if (!(t && t.drawn && t.plotRect && t.plotRect() && t.drawnTexts().length > 0)) return false;"
                + " const now = JSON.stringify(t.drawnTexts()); const same = window.parleyLastTexts === now;"
                + " window.parleyLastTexts = now; return same; }");
        Map<String, Number> plot =
                (Map<String, Number>) page.evaluate("() => document.querySelector('#timeline').plotRect()");
        List<Map<String, Object>> texts =
                (List<Map<String, Object>>) page.evaluate("() => document.querySelector('#timeline').drawnTexts()");
        double left = plot.get("left").doubleValue();
        double right = plot.get("right").doubleValue();
        int inside = 0;
        List<String> across = new ArrayList<>();
        List<Map<String, Object>> labels = new ArrayList<>();
        for (Map<String, Object> t : texts) {
            if (!titles.contains((String) t.get("text"))) {
                continue;
            }
            labels.add(t);
            double l = num(t, "left");
            double r = num(t, "right");
            if (l >= left - 0.5 && r <= right + 0.5) {
                inside++;
            } else if (l < right && r > right || l < left && r > left) {
                across.add(t.get("text") + " [" + Math.round(l) + ", " + Math.round(r) + "]");
            }
        }
        double widthOf2025 = ((Number) page.evaluate("() => { const c = document.querySelector('#timeline').chart;"
                        + " const x = d => c.convertToPixel({ xAxisIndex: 0 }, d);"
                        + " return x(Date.UTC(2026, 0, 1)) - x(Date.UTC(2025, 0, 1)); }"))
                .doubleValue();
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                if (overlap(labels.get(i), labels.get(j))) {
                    overlapping.add(
                            labels.get(i).get("text") + " / " + labels.get(j).get("text"));
                }
            }
        }
        return new TimelineLabels(inside, across, overlapping, widthOf2025);
    }

    /** Whether two labels' boxes share more than a pixel each way: text drawn over text. */
    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double w = Math.min(num(a, "right"), num(b, "right")) - Math.max(num(a, "left"), num(b, "left"));
        double h = Math.min(num(a, "bottom"), num(b, "bottom")) - Math.max(num(a, "top"), num(b, "top"));
        return w > 1 && h > 1;
    }

    private static double num(Map<String, Object> box, String side) {
        return ((Number) box.get(side)).doubleValue();
    }
}
