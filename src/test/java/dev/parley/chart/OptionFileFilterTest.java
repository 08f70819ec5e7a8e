package dev.parley.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.web.HashedAssetCacheFilter;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Large chart options at their own address, as a browser and as an attacker would ask for them: compressed when
 * accepted, kept a year under a name that changes with the content, and nothing for any other name or method.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class OptionFileFilterTest {
    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    /** Held by the test, so that the server keeps serving it. */
    private final PreparedOption option = PreparedOption.of(ChartOption.of(
            GraphSeries.of("network", List.of(DataItem.node("a:x", "<b>not bold</b>", 0, 0)), List.of())));

    private HttpResponse<byte[]> send(String method, String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void an_option_travels_compressed_as_json_and_is_kept_a_year() throws Exception {
        HttpResponse<byte[]> response = send("GET", "/" + OptionFiles.addressOf(option), "gzip, deflate, br");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue(HashedAssetCacheFilter.FOREVER);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(option.json());
        }
    }

    @Test
    void a_client_that_does_not_accept_gzip_gets_the_plain_json() throws Exception {
        for (String refusing : new String[] {null, "identity", "gzip;q=0", "br"}) {
            HttpResponse<byte[]> response = send("GET", "/" + OptionFiles.addressOf(option), refusing);

            assertThat(response.headers().firstValue("Content-Encoding"))
                    .as(refusing)
                    .isEmpty();
            assertThat(new String(response.body(), StandardCharsets.UTF_8))
                    .as(refusing)
                    .isEqualTo(option.json());
        }
    }

    @Test
    void any_other_name_is_refused_and_a_404_is_kept_by_no_cache() throws Exception {
        for (String path : new String[] {
            "/chart-options/" + "A".repeat(43) + ".json",
            "/chart-options/",
            "/chart-options/..%2F..%2Fapplication.properties",
            "/chart-options/%2e%2e/%2e%2e/etc/passwd",
            "/" + OptionFiles.addressOf(option) + "x"
        }) {
            HttpResponse<byte[]> response = send("GET", path, "gzip");

            if (response.statusCode() == 400) {
                continue; // an encoded slash: Tomcat refuses the request before any of Parley's code sees it
            }
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
        }
    }

    @Test
    void only_get_and_head_are_answered() throws Exception {
        String path = "/" + OptionFiles.addressOf(option);

        // Spring Security refuses a POST or DELETE without its CSRF token (403) before the filter would say 405
        for (String method : List.of("POST", "DELETE")) {
            HttpResponse<byte[]> refused = send(method, path, "gzip");
            assertThat(refused.statusCode()).as(method).isIn(403, 405);
            assertThat(refused.body())
                    .as(method)
                    .isNotEqualTo(send("GET", path, "identity").body());
        }
        HttpResponse<byte[]> head = send("HEAD", path, "gzip");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }
}
