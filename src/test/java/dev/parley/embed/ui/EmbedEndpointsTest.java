package dev.parley.embed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The embed pages, their script and oEmbed over real HTTP, on the small test data. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class EmbedEndpointsTest {
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"(/embed/viewer-[0-9a-f]+\\.js)\">");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void an_embed_is_a_page_of_the_chart_at_the_state_of_its_address_without_a_session() throws Exception {
        HttpResponse<String> page = get("/embed/network?actor=donald-trump&from=2025-01-01");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.headers().allValues("Set-Cookie"))
                .as("no session for a reader")
                .isEmpty();
        assertThat(page.body())
                .contains("id=\"parley-option\"", "id=\"parley-evidence\"", "<body class=\"embed\">")
                .contains("Network of actors: Donald Trump and connections")
                .contains("href=\"/?from=2025-01-01&amp;actor=donald-trump\"");
        assertThat(page.body()).containsPattern(SCRIPT);
    }

    @Test
    void a_reader_who_comes_back_revalidates_the_page_by_its_etag_and_the_page_travels_compressed() throws Exception {
        HttpResponse<String> first = get("/embed/timeline");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as("weak, or Tomcat would not compress it").startsWith("W/\"");
        HttpResponse<String> compressed = get("/embed/timeline", "Accept-Encoding", "gzip");
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("no-cache");
        HttpResponse<String> again = get("/embed/timeline", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other = get("/embed/timeline?actor=vladimir-putin", "If-None-Match", etag);
        assertThat(other.statusCode()).as("another state is another page").isEqualTo(200);
        assertThat(other.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    }

    @Test
    void the_viewer_script_is_kept_for_a_year_under_a_name_that_changes_with_it() throws Exception {
        Matcher script = SCRIPT.matcher(
                get("/embed/relationship?pair=vladimir-putin,donald-trump").body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> js = get(script.group(1));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).get().asString().startsWith("text/javascript");
        assertThat(js.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(js.body()).contains("parley-embed-height");
        HttpResponse<String> compressed = get(script.group(1), "Accept-Encoding", "gzip");
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.headers().firstValue("Content-Length").map(Integer::parseInt))
                .hasValueSatisfying(n -> assertThat(n).isLessThan(js.body().length() / 2));
        assertThat(get("/embed/viewer-000000000000.js").statusCode()).isEqualTo(404);
    }

    @Test
    void an_address_that_names_no_chart_or_no_pair_gets_a_page_that_says_so_with_its_text_escaped() throws Exception {
        HttpResponse<String> unknown = get("/embed/%3Cimg%20src=x%3E");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Parley has no embed named &quot;&lt;img src=x&gt;&quot;");
        assertThat(unknown.body()).doesNotContain("<img");
        HttpResponse<String> noPair = get("/embed/relationship");
        assertThat(noPair.statusCode()).isEqualTo(404);
        assertThat(noPair.body()).contains("A relationship needs two actors: add pair=");
        HttpResponse<String> unknownActor = get("/embed/relationship?pair=donald-trump,nobody-here");
        assertThat(unknownActor.statusCode()).isEqualTo(404);
        assertThat(unknownActor.body()).contains("The data has no actor nobody-here.");
    }

    private JsonNode oembed(String url) throws Exception {
        HttpResponse<String> answer = get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return JsonMapper.shared().readTree(answer.body());
    }

    @Test
    void oembed_turns_an_explorer_address_into_the_embed_of_what_it_shows() throws Exception {
        JsonNode network = oembed(base() + "/?actor=donald-trump");
        assertThat(network.get("version").asString()).isEqualTo("1.0");
        assertThat(network.get("type").asString()).isEqualTo("rich");
        assertThat(network.get("provider_name").asString()).isEqualTo("Parley");
        assertThat(network.get("title").asString()).isEqualTo("Network of actors: Donald Trump and connections");
        assertThat(network.get("width").asInt()).isEqualTo(800);
        assertThat(network.get("height").asInt()).isEqualTo(600);
        assertThat(network.get("html").asString())
                .startsWith("<iframe src=\"" + base() + "/embed/network?actor=donald-trump\"")
                .contains("e.origin!==\"" + base() + "\"");

        JsonNode pair = oembed(base() + "/?pair=vladimir-putin,donald-trump");
        assertThat(pair.get("html").asString()).contains("/embed/relationship?pair=vladimir-putin,donald-trump");
        JsonNode timeline = oembed(base() + "/embed/timeline?from=2025-02-01");
        assertThat(timeline.get("html").asString()).contains("/embed/timeline?from=2025-02-01\"");
    }

    @Test
    void oembed_answers_within_the_size_it_is_given() throws Exception {
        HttpResponse<String> answer = get(
                "/oembed?maxwidth=500&maxheight=400&url=" + URLEncoder.encode(base() + "/", StandardCharsets.UTF_8));
        JsonNode json = JsonMapper.shared().readTree(answer.body());
        assertThat(json.get("width").asInt()).isEqualTo(500);
        assertThat(json.get("height").asInt()).isEqualTo(400);
        assertThat(json.get("html").asString()).contains("height=\"400\"");
    }

    @Test
    void oembed_refuses_other_sites_other_formats_and_a_missing_address() throws Exception {
        assertThat(get("/oembed?url=" + URLEncoder.encode("https://evil.example/?actor=x", StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/oembed?url=" + URLEncoder.encode(base() + "/studio", StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/oembed?url=" + URLEncoder.encode("http://localhost:1/", StandardCharsets.UTF_8))
                        .statusCode())
                .as("another port is another site")
                .isEqualTo(404);
        assertThat(get("/oembed?format=xml&url=" + URLEncoder.encode(base() + "/", StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(501);
        HttpResponse<String> missing = get("/oembed");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("oEmbed needs the address to embed");
    }

    @Test
    void the_explorer_page_names_its_oembed_address_for_a_cms_to_find() throws Exception {
        String html = get("/?actor=donald-trump").body();
        String expected = "/oembed?format=json&amp;url="
                + URLEncoder.encode(base() + "/?actor=donald-trump", StandardCharsets.UTF_8);
        assertThat(html).contains("type=\"application/json+oembed\"").contains(expected);
        assertThat(get("/events").body()).doesNotContain("application/json+oembed");
    }
}
