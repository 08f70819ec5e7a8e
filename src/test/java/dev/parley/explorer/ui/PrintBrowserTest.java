package dev.parley.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.Scores;
import dev.parley.explorer.Dossier;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Metric;
import dev.parley.network.NetworkService;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.Relationship;
import dev.parley.testing.BrowserTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The printed pages on the bundled, curated data: Vladimir Putin's dossier and his relationship with Donald Trump,
 * read against the domain (the dossier and the relationship the explorer computes), laid out for print media at the
 * printable widths of A4 and Letter, and printed to PDF in both sizes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrintBrowserTest extends BrowserTest {
    private static final ActorId PUTIN = ActorId.of("vladimir-putin");
    private static final ActorId TRUMP = ActorId.of("donald-trump");
    /** Printable widths in CSS pixels (96 per inch) with print.css's 15 mm side margins: A4 and US Letter. */
    private static final double A4_PRINTABLE = (210 - 30) / 25.4 * 96;

    private static final double LETTER_PRINTABLE = (215.9 - 30) / 25.4 * 96;
    /** Sheet widths in PDF points (72 per inch). */
    private static final double A4_POINTS = 210 / 25.4 * 72;

    private static final double LETTER_POINTS = 8.5 * 72;

    @Autowired
    DatasetService datasets;

    @Autowired
    NetworkService networks;

    private Dossier putinsDossier() {
        Dataset d = datasets.current().dataset();
        Actor putin = d.actor(PUTIN).orElseThrow();
        return Dossier.of(putin, networks.network(d, EventFilter.all()));
    }

    @Test
    void a_dossier_lists_who_the_actor_is_its_metrics_connections_and_events_with_quotes_and_sources() {
        Dossier expected = putinsDossier();
        Dataset d = datasets.current().dataset();
        assertThat(expected.connections()).isNotEmpty();
        assertThat(expected.actor().roles()).isNotEmpty();

        open("/print/actor?actor=vladimir-putin", "#dossier-events");

        assertThat(page.locator("#print-title")).hasText("Vladimir Putin");
        assertThat(page.locator("#dossier-kind"))
                .hasText(expected.actor().kind().label());
        assertThat(page.locator("#print-subtitle")).containsText("All dates");
        assertThat(page.locator("#dossier-roles li"))
                .hasCount(expected.actor().roles().size());
        assertThat(page.locator("#dossier-roles li").first())
                .containsText(expected.actor().roles().getFirst().title());
        // every metric, with the network's rank
        assertThat(page.locator("#dossier-metrics tbody tr")).hasCount(Metric.values().length);
        Dossier.MetricLine pagerank = expected.metrics().stream()
                .filter(m -> m.metric() == Metric.PAGERANK)
                .findFirst()
                .orElseThrow();
        assertThat(page.locator("#dossier-metrics tr[data-metric='pagerank']"))
                .containsText(pagerank.rank() + " of " + expected.networkSize());
        // every connection, strongest first, the scored ones with their stance in figures and words
        assertThat(page.locator("#dossier-connections tbody tr"))
                .hasCount(expected.connections().size());
        assertThat(page.locator("#dossier-connections tbody tr").first())
                .hasAttribute(
                        "data-actor",
                        expected.connections().getFirst().other(PUTIN).value());
        Connection scored = expected.connections().stream()
                .filter(c -> c.kind() == ConnectionKind.INTERACTION
                        && c.tone().mean().isPresent())
                .findFirst()
                .orElseThrow();
        var row = page.locator(
                "#dossier-connections tr[data-actor='" + scored.other(PUTIN).value() + "'][data-kind='interaction']");
        assertThat(row).containsText(d.nameOf(scored.other(PUTIN)));
        assertThat(row.locator(".parley-stance"))
                .hasText(Scores.format(scored.tone().mean().getAsDouble()));
        assertThat(row).containsText("over " + scored.tone().scored() + " scored event");
        // the events newest first, a quote in its words and its source as a link
        assertThat(page.locator("#dossier-events .parley-print-event"))
                .hasCount(expected.events().size());
        assertThat(page.locator("#dossier-events .parley-print-event").first())
                .hasAttribute("data-event", expected.events().getFirst().id().value());
        Event quoted = expected.events().stream()
                .filter(e -> !e.quotes().isEmpty() && d.sourceOf(e).url().isPresent())
                .findFirst()
                .orElseThrow();
        var card = page.locator("#dossier-events [data-event='" + quoted.id().value() + "']");
        assertThat(card.locator(".parley-quote").first())
                .containsText(quoted.quotes().getFirst().text());
        assertThat(card.locator("a.parley-source-link"))
                .hasAttribute("href", d.sourceOf(quoted).url().orElseThrow().toString());
        assertThat(page.locator("#print-footnote")).hasText(ExportTexts.sourceLine(expected.events()));

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".parley-print-bar")).isHidden();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0); // printed without the app's title bar and menu
        assertThat(page.locator("#print-title")).isVisible();
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.parley-print-event')).breakInside"))
                .isEqualTo("avoid");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('#dossier-connections tbody tr'))"
                        + ".breakInside"))
                .isEqualTo("avoid");
        for (double width : List.of(A4_PRINTABLE, LETTER_PRINTABLE)) {
            page.setViewportSize((int) Math.floor(width), 1000);
            assertThat(widestRight()).as("at %.0f px", width).isLessThanOrEqualTo(Math.floor(width));
        }

        List<double[]> a4 = mediaBoxes(page.pdf(new Page.PdfOptions().setFormat("A4")));
        List<double[]> letter = mediaBoxes(page.pdf(new Page.PdfOptions().setFormat("Letter")));
        assertThat(a4).hasSizeGreaterThan(1);
        assertThat(letter).hasSizeGreaterThan(1);
        assertThat(a4).allSatisfy(box -> assertThat(box[2] - box[0]).isCloseTo(A4_POINTS, within(1)));
        assertThat(letter).allSatisfy(box -> assertThat(box[2] - box[0]).isCloseTo(LETTER_POINTS, within(1)));
    }

    @Test
    void a_relationship_prints_its_reading_its_chart_drawn_in_svg_within_the_printable_width_and_its_events() {
        Dataset d = datasets.current().dataset();
        ActorNetwork network = networks.network(d, EventFilter.all());
        Relationship r = Relationship.of(
                new ActorPair(PUTIN, TRUMP),
                network.connection(PUTIN, TRUMP, ConnectionKind.INTERACTION)
                        .map(network::eventsOf)
                        .orElseThrow());

        open("/print/relationship?pair=vladimir-putin,donald-trump", "#print-scores");

        assertThat(page.locator("#print-title")).hasText("Vladimir Putin and Donald Trump");
        assertThat(page.locator("#print-reading")).hasText(r.reading());
        assertThat(page.locator("#relationship-print-events .parley-print-event"))
                .hasCount(r.events().size());
        page.waitForFunction("() => { const c = document.querySelector('#print-scores');"
                + " return c.drawn && c.shadowRoot.querySelector('svg') && !c.shadowRoot.querySelector('canvas'); }");
        assertThat(svgWidth("#print-scores")).isGreaterThan(300).isLessThanOrEqualTo(A4_PRINTABLE);
        assertThat(page.evaluate(
                        "() => document.querySelector('#print-scores').chart.getOption().xAxis[0].data.length"))
                .isEqualTo(r.periods().size());

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.setViewportSize((int) Math.floor(A4_PRINTABLE), 1000);
        assertThat(widestRight()).isLessThanOrEqualTo(Math.floor(A4_PRINTABLE));
        double host = ((Number)
                        page.evaluate("() => document.querySelector('#print-scores').getBoundingClientRect().width"))
                .doubleValue();
        assertThat(svgWidth("#print-scores")).isLessThanOrEqualTo(host + 0.5);
        assertThat(mediaBoxes(page.pdf(new Page.PdfOptions().setFormat("A4"))))
                .isNotEmpty()
                .allSatisfy(box -> assertThat(box[2] - box[0]).isCloseTo(A4_POINTS, within(1)));
    }

    @Test
    void the_print_links_of_the_explorer_open_the_printed_pages_in_a_new_tab_at_the_same_state() {
        open("/?actor=vladimir-putin&pair=vladimir-putin,donald-trump&from=2025-01-01", "#actor-print");

        var dossierLink = page.locator("#actor-print");
        assertThat(dossierLink).hasAttribute("target", "_blank");
        assertThat(dossierLink).hasAttribute("rel", "noopener");
        Page dossier = page.context().waitForPage(dossierLink::click);
        dossier.waitForSelector("#dossier-events");
        assertThat(dossier.url())
                .contains("/print/actor?")
                .contains("actor=vladimir-putin")
                .contains("from=2025-01-01");
        assertThat(dossier.locator("#print-title")).hasText("Vladimir Putin");
        assertThat(dossier.locator("#print-subtitle")).containsText("1 January 2025 – onwards");
        assertThat(page.locator("#actor-name")).hasText("Vladimir Putin"); // the explorer stays as it was

        var relationshipLink = page.locator("#relationship-print");
        assertThat(relationshipLink).hasAttribute("rel", "noopener");
        Page relationship = page.context().waitForPage(relationshipLink::click);
        relationship.waitForSelector("#print-title");
        assertThat(relationship.url())
                .contains("/print/relationship?")
                .contains("pair=vladimir-putin%2Cdonald-trump")
                .contains("from=2025-01-01");
        assertThat(relationship.locator("#print-title")).hasText("Vladimir Putin and Donald Trump");
        assertThat(relationship.locator("#print-subtitle")).containsText("1 January 2025 – onwards");
    }

    @Test
    void an_address_without_an_actor_or_with_an_unknown_one_says_so_with_its_status() throws Exception {
        var response = page.navigate(url("/print/actor?actor=nobody-by-this-name&from=2025-01-01"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("#print-problem")).containsText("No actor has the id \"nobody-by-this-name\"");
        // back to the explorer at the same address, which shows the window and no selection
        assertThat(page.locator("#print-back")).hasAttribute("href", "./?actor=nobody-by-this-name&from=2025-01-01");

        try (HttpClient http = HttpClient.newHttpClient()) {
            Map<String, Integer> expected = Map.of(
                    "/print/actor", 400,
                    "/print/relationship", 400,
                    "/print/relationship?pair=vladimir-putin", 400,
                    "/print/relationship?pair=vladimir-putin,nobody-by-this-name", 404,
                    "/print/relationship?pair=vladimir-putin,donald-trump", 200);
            for (var entry : expected.entrySet()) {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(url(entry.getKey()))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(entry.getKey()).isEqualTo(entry.getValue());
            }
        }
    }

    /** The right edge of the widest element of the page, in CSS pixels. */
    private double widestRight() {
        return ((Number)
                        page.evaluate(
                                "() => Math.max(document.documentElement.scrollWidth,"
                                        + " ...[...document.querySelectorAll('#print-page *')].map(e => e.getBoundingClientRect().right))"))
                .doubleValue();
    }

    private double svgWidth(String chart) {
        return ((Number) page.evaluate(
                        "sel => document.querySelector(sel).shadowRoot.querySelector('svg').getBoundingClientRect().width",
                        chart))
                .doubleValue();
    }

    private static final Pattern MEDIA_BOX =
            Pattern.compile("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*]");

    /** The MediaBox of every page of a PDF ([x0, y0, x1, y1] in points), read from its page objects. */
    private static List<double[]> mediaBoxes(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        List<double[]> boxes = new ArrayList<>();
        Matcher m = MEDIA_BOX.matcher(text);
        while (m.find()) {
            boxes.add(new double[] {
                Double.parseDouble(m.group(1)),
                Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)),
                Double.parseDouble(m.group(4))
            });
        }
        return boxes;
    }

    private static org.assertj.core.data.Offset<Double> within(double points) {
        return org.assertj.core.data.Offset.offset(points);
    }
}
