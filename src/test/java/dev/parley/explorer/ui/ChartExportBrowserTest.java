package dev.parley.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.testing.BrowserTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.w3c.dom.Document;

/** Exported images are real, non-blank files of the view as shown, framed for a report. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class ChartExportBrowserTest extends BrowserTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private byte[] export(String chart, String item) throws Exception {
        page.locator("#" + chart + "-export").click();
        Download download = page.waitForDownload(
                () -> page.locator("#" + chart + "-export-" + item).click());
        lastName = download.suggestedFilename();
        byte[] bytes = Files.readAllBytes(download.path());
        // kept for people to look at: the test can only check so much of a picture
        java.nio.file.Path kept = java.nio.file.Path.of("target", "exports", lastName);
        Files.createDirectories(kept.getParent());
        Files.write(kept, bytes);
        return bytes;
    }

    private String lastName;

    private void openExplorer(String query) {
        open("/" + query, "#network");
        chartPixel("#network", 0, new ActorKey(ActorId.of("united-states")));
    }

    @Test
    void a_network_png_is_twice_the_displayed_size_and_not_blank() throws Exception {
        openExplorer("?actor=united-states&from=2025-01-01&to=2025-03-31");
        double width = chartSize("#network", "getWidth");
        double height = chartSize("#network", "getHeight");

        byte[] png = export("network", "png-2x");

        assertThat(lastName).isEqualTo("parley-network-2025-01-01_2025-03-31.png");
        assertThat(png).startsWith(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) (width * 2));
        assertThat(image.getHeight()).isEqualTo((int) (height * 2));
        assertThat(distinctColours(image))
                .as("a drawn picture, not a blank one")
                .isGreaterThan(20);
        assertThat(image.getRGB(1, 1)).as("white background by default").isEqualTo(0xffffffff);
    }

    @Test
    void a_timeline_png_at_4x_with_a_transparent_background() throws Exception {
        openExplorer("");
        double width = chartSize("#timeline", "getWidth");
        page.locator("#timeline-export").click();
        page.locator("#timeline-export-transparent").click();

        byte[] png = export("timeline", "png-4x");

        assertThat(lastName).isEqualTo("parley-timeline-all.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) (width * 4));
        assertThat(image.getRGB(1, 1) >>> 24).as("alpha of a corner pixel").isZero();
        assertThat(distinctColours(image)).isGreaterThan(20);
    }

    @Test
    void a_network_svg_is_vector_with_the_highlighted_actors_title_and_source_as_text() throws Exception {
        openExplorer("?actor=united-states");

        byte[] svg = export("network", "svg");

        assertThat(lastName).isEqualTo("parley-network-all.svg");
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("United States", "Volodymyr Zelensky", "Russia", "Donald Trump");
        assertThat(text).contains("Network of actors: United States and connections");
        assertThat(text).contains("Source: 8 events from 3 articles, Parley");
        assertThat(text).contains("All dates (2022 – 2025)");
    }

    @Test
    void a_timeline_svg_carries_its_title_legend_and_event_labels() throws Exception {
        openExplorer("?from=2025-01-01");

        byte[] svg = export("timeline", "svg");

        assertThat(lastName).isEqualTo("parley-timeline-2025-01-01_end.svg");
        String text = parse(svg).getDocumentElement().getTextContent();
        assertThat(text).contains("Timeline of diplomatic events", "Material conflict", "1 January 2025 – onwards");
        assertThat(text).contains("Source: 5 events from 2 articles, Parley");
    }

    /** The size ECharts draws the chart at, in CSS pixels. */
    private double chartSize(String chart, String method) {
        return ((Number) page.evaluate(
                        "([sel, m]) => document.querySelector(sel).chart[m]()", java.util.List.of(chart, method)))
                .doubleValue();
    }

    @Test
    void the_events_and_network_of_the_view_download_as_csv_and_gexf() throws Exception {
        openExplorer("?from=2025-01-01");

        page.locator("#data-download").click();
        Download csv =
                page.waitForDownload(() -> page.locator("#download-events-csv").click());
        assertThat(csv.suggestedFilename()).isEqualTo("parley-events-2025-01-01_end.csv");
        String text = new String(Files.readAllBytes(csv.path()), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        var rows = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text))
                .getRecords();
        assertThat(rows)
                .extracting(r -> r.get("id"))
                .containsExactlyInAnyOrder(
                        "fixture-phone-call",
                        "fixture-same-day-statement",
                        "fixture-talks",
                        "fixture-month-request",
                        "fixture-sanctions");

        page.locator("#data-download").click();
        Download gexf = page.waitForDownload(
                () -> page.locator("#download-network-gexf").click());
        assertThat(gexf.suggestedFilename()).isEqualTo("parley-network-2025-01-01_end.gexf");
        Document doc = parse(Files.readAllBytes(gexf.path()));
        assertThat(doc.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(5);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
