package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.dataset.DatasetService;
import dev.parley.testing.BrowserTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Exported images of the real data name things without drawing one name over another: a name that does not fit is
 * left out. The SVG is loaded into a page of its own and every {@code <text>} measured there by the browser. For the
 * PNG the element's test hook reports each line of text its offscreen canvas drew (text, font, anchor, alignment,
 * baseline, transform), and the browser's canvas measures those lines here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportLabelsBrowserTest extends BrowserTest {
    @Autowired
    private DatasetService datasets;

    /** Glyph boxes of neighbouring rows may touch by a hair; more than this is two names over each other. */
    private static final double TOLERANCE_PX = 1;

    /** A drawn text and its box in the image, in CSS pixels. */
    record TextBox(String text, double x, double y, double width, double height) {

        boolean overlaps(TextBox o) {
            return Math.min(x + width, o.x + o.width) - Math.max(x, o.x) > TOLERANCE_PX
                    && Math.min(y + height, o.y + o.height) - Math.max(y, o.y) > TOLERANCE_PX;
        }
    }

    @Test
    void the_network_svg_with_putin_selected_names_him_and_no_two_names_overlap() throws Exception {
        openExplorer("/?actor=vladimir-putin");

        List<TextBox> texts = svgTexts(export("network", "svg"));

        assertNamesPutinAndManyConnections(texts);
        assertThat(overlapping(texts)).as("names drawn over each other").isEmpty();
    }

    @Test
    void the_network_png_at_2x_with_putin_selected_draws_no_two_names_over_each_other() throws Exception {
        openExplorer("/?actor=vladimir-putin");

        export("network", "png-2x");
        List<TextBox> texts = lastExportTexts("#network");

        assertNamesPutinAndManyConnections(texts);
        assertThat(overlapping(texts)).as("names drawn over each other").isEmpty();
    }

    /**
     * The selected actor is named first, then as many of his connections as fit: with 190 actors at "All time" his
     * largest neighbours (Russia, Ukraine) sit so close to him that their names do not fit beside his.
     */
    private void assertNamesPutinAndManyConnections(List<TextBox> texts) {
        Set<String> actorNames =
                datasets.current().dataset().actors().stream().map(Actor::name).collect(Collectors.toSet());
        assertThat(texts).extracting(TextBox::text).contains("Vladimir Putin");
        assertThat(texts.stream()
                        .map(TextBox::text)
                        .filter(actorNames::contains)
                        .count())
                .as("actors named")
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void the_timeline_exports_draw_no_two_names_over_each_other() throws Exception {
        openExplorer("/?actor=vladimir-putin");

        List<TextBox> svg = svgTexts(export("timeline", "svg"));
        export("timeline", "png-2x");
        List<TextBox> png = lastExportTexts("#timeline");

        assertThat(svg).extracting(TextBox::text).contains("Timeline of diplomatic events");
        assertThat(svg.size()).as("event names besides the frame and axes").isGreaterThan(25);
        assertThat(overlapping(svg)).as("SVG: names drawn over each other").isEmpty();
        assertThat(overlapping(png)).as("PNG: names drawn over each other").isEmpty();
    }

    @Test
    void the_statistics_exports_draw_no_two_names_over_each_other() throws Exception {
        openExplorer("/?actor=vladimir-putin");
        page.getByText("Statistics", new Page.GetByTextOptions().setExact(true)).click();
        for (String chart : List.of("stats-per-month", "stats-coop-conflict", "stats-top-actors", "stats-heatmap")) {
            page.locator("#" + chart).scrollIntoViewIfNeeded();
            page.waitForFunction(
                    "sel => { const c = document.querySelector(sel); return !!(c && c.drawn); }", "#" + chart);

            List<TextBox> svg = svgTexts(export(chart, "svg"));
            export(chart, "png-1x");
            List<TextBox> png = lastExportTexts("#" + chart);

            assertThat(svg).as(chart).isNotEmpty();
            assertThat(overlapping(svg))
                    .as(chart + " SVG: names drawn over each other")
                    .isEmpty();
            assertThat(overlapping(png))
                    .as(chart + " PNG: names drawn over each other")
                    .isEmpty();
        }
    }

    private void openExplorer(String path) {
        page.setViewportSize(1440, 900);
        open(path, "#network");
        chartPixel("#network", 0, new ChartKey.ActorKey(ActorId.of("vladimir-putin")));
        page.waitForFunction("() => document.querySelector('#network').drawn"
                + " && document.querySelector('#network').strengthOf(0, '"
                + ChartKeyCodec.encode(new ChartKey.ActorKey(ActorId.of("donald-trump"))) + "') !== null");
    }

    private byte[] export(String chart, String item) throws Exception {
        page.locator("#" + chart + "-export").click();
        Download download = page.waitForDownload(
                () -> page.locator("#" + chart + "-export-" + item).click());
        byte[] bytes = Files.readAllBytes(download.path());
        Path kept = Path.of("target", "exports", "labels-" + download.suggestedFilename());
        Files.createDirectories(kept.getParent());
        Files.write(kept, bytes);
        return bytes;
    }

    /** Every non-empty text of the SVG with the box the browser lays it out in. */
    private List<TextBox> svgTexts(byte[] svg) {
        Page viewer = context.newPage();
        try {
            viewer.setContent("<!DOCTYPE html><html><body style='margin:0'>"
                    + new String(svg, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>", "") + "</body></html>");
            return boxes(viewer.evaluate("() => [...document.querySelectorAll('svg text')]"
                    + ".filter(t => t.textContent.trim() !== '' && getComputedStyle(t).display !== 'none'"
                    + " && getComputedStyle(t).visibility !== 'hidden')"
                    + ".map(t => { const r = t.getBoundingClientRect();"
                    + " return {text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height}; })"));
        } finally {
            viewer.close();
        }
    }

    /**
     * The texts the chart's last PNG export drew: the element's test hook gives each line as its canvas was told to
     * draw it (text, font, anchor, alignment, baseline, transform), and the browser's canvas measures it here.
     */
    private List<TextBox> lastExportTexts(String chart) {
        return boxes(page.evaluate("""
                sel => {
                  const ctx = document.createElement('canvas').getContext('2d');
                  return document.querySelector(sel).lastExportTexts().map(l => {
                    ctx.font = l.font;
                    ctx.textAlign = l.textAlign;
                    ctx.textBaseline = l.textBaseline;
                    const m = ctx.measureText(l.text);
                    const [a, b, c, d, e, f] = l.transform;
                    const corners = [[l.x - m.actualBoundingBoxLeft, l.y - m.fontBoundingBoxAscent],
                        [l.x + m.actualBoundingBoxRight, l.y - m.fontBoundingBoxAscent],
                        [l.x - m.actualBoundingBoxLeft, l.y + m.fontBoundingBoxDescent],
                        [l.x + m.actualBoundingBoxRight, l.y + m.fontBoundingBoxDescent]]
                        .map(([x, y]) => [a * x + c * y + e, b * x + d * y + f]);
                    const xs = corners.map(p => p[0]), ys = corners.map(p => p[1]);
                    const left = Math.min(...xs), top = Math.min(...ys);
                    return {text: l.text, x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top};
                  });
                }""", chart));
    }

    @SuppressWarnings("unchecked")
    private static List<TextBox> boxes(Object evaluated) {
        List<TextBox> boxes = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) evaluated) {
            boxes.add(new TextBox(
                    (String) m.get("text"),
                    num(m.get("x")),
                    num(m.get("y")),
                    num(m.get("width")),
                    num(m.get("height"))));
        }
        return boxes;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static List<String> overlapping(List<TextBox> texts) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (texts.get(i).overlaps(texts.get(j))) {
                    pairs.add(texts.get(i) + " / " + texts.get(j));
                }
            }
        }
        return pairs;
    }
}
