package dev.parley.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.chart.ExportFrame;
import dev.parley.chart.ShownChart;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.event.Event;
import dev.parley.event.EventFilter;
import dev.parley.event.TimeWindow;
import dev.parley.network.ActorNetwork;
import dev.parley.network.LinkColouring;
import dev.parley.network.Metric;
import dev.parley.network.NodeColouring;
import dev.parley.network.ui.NetworkOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PublishedPageTest {
    private static final String HOSTILE = "</script><img src=x onerror=alert(1)><!-- & \u2028 \u2029";
    private static final Pattern BLOCK =
            Pattern.compile("<script type=\"application/json\" id=\"([a-z-]+)\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private static ShownChart network(Dataset dataset, List<Event> events) {
        ActorNetwork network = ActorNetwork.of(dataset, EventFilter.all().withWindow(TimeWindow.covering(dataset)));
        return new ShownChart(
                NetworkOptions.prepare(network, dataset, Metric.PAGERANK, NodeColouring.KIND, LinkColouring.STANCE)
                        .option(),
                List.of(),
                Optional.of("{\"ids\":[\"a:vladimir-putin\"]}"),
                List.of());
    }

    private static Dataset load(String dir) {
        return new DatasetLoader().load(Path.of(dir)).dataset().orElseThrow();
    }

    private static Map<String, String> blocks(String html) {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(html);
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
        }
        return blocks;
    }

    @Test
    void hostile_text_from_the_data_stays_inside_its_json_block_and_reads_back_as_written() {
        Dataset fixture = load("src/test/resources/fixtures/valid");
        Evidence evidence = new Evidence(
                List.of(new PublishedEvent(
                        HOSTILE,
                        "12 February 2025",
                        HOSTILE,
                        HOSTILE,
                        null,
                        null,
                        List.of(new PublishedQuote(HOSTILE, HOSTILE)))),
                Map.of("a:vladimir-putin", new ItemEvidence(HOSTILE, List.of(0))),
                "a:vladimir-putin");
        String html = new PublishedPage("console.log(1)")
                .write(new PublishedView(
                        new ExportFrame(HOSTILE, HOSTILE, HOSTILE), network(fixture, fixture.events()), evidence));

        assertThat(html).doesNotContain("<img", "<!-- ", "\u2028", "\u2029");
        assertThat(blocks(html)).containsOnlyKeys("parley-frame", "parley-option", "parley-shown", "parley-evidence");
        assertThat(html.split("<script", -1))
                .as("four data blocks and the viewer")
                .hasSize(6);
        JsonNode frame = JsonMapper.shared().readTree(blocks(html).get("parley-frame"));
        assertThat(frame.path("title").asString()).isEqualTo(HOSTILE);
        JsonNode back = JsonMapper.shared().readTree(blocks(html).get("parley-evidence"));
        assertThat(back.path("events")
                        .path(0)
                        .path("quotes")
                        .path(0)
                        .path("text")
                        .asString())
                .isEqualTo(HOSTILE);
        assertThat(back.path("items").path("a:vladimir-putin").path("label").asString())
                .isEqualTo(HOSTILE);
    }

    @Test
    void the_page_runs_only_its_own_script_by_its_hash_and_loads_nothing() throws Exception {
        Dataset fixture = load("src/test/resources/fixtures/valid");
        ShownChart chart = network(fixture, fixture.events());
        String html = PublishedPage.bundled()
                .write(new PublishedView(
                        new ExportFrame("t", "s", "f"), chart, ChartEvidence.of(chart, fixture.events(), fixture)));

        Matcher script = SCRIPT.matcher(html);
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(html).contains("default-src 'none'; script-src 'sha256-" + hash + "'");
        String markup = SCRIPT.matcher(BLOCK.matcher(html).replaceAll("")).replaceAll("");
        assertThat(markup).as("the page outside its scripts").doesNotContain(" src=", " href=", "@import", "url(");
    }

    @Test
    void a_viewer_script_that_would_end_its_element_is_refused() {
        assertThatThrownBy(() -> new PublishedPage("let s = '</SCRIPT>';"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("</script");
    }

    @Test
    void the_real_data_network_with_its_evidence_is_under_two_megabytes() {
        Dataset real = load("data");
        ShownChart chart = network(real, real.events());
        Evidence evidence = ChartEvidence.of(chart, real.events(), real);
        String html = PublishedPage.bundled()
                .write(new PublishedView(new ExportFrame("Network of actors", "All dates", "Source"), chart, evidence));

        assertThat(evidence.events()).hasSameSizeAs(real.events());
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(2_000_000);
    }
}
