package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Bundled scripts are kept by browsers (their names change with their content), and text travels compressed to a browser that accepts it (issue 12: the first visit was 3.9 MB of uncompressed scripts
 * and JSON), and only then: a client that does not ask for gzip gets plain bytes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class CompressionTest {
    private static final Pattern SCRIPT = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The first bundled script the page loads. While a development bundle is still being built the page is a
     * waiting page without it, so this asks again until it names one (or five minutes have passed).
     */
    private String firstScript() throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        Matcher m = SCRIPT.matcher(new String(get("/", false).body(), StandardCharsets.UTF_8));
        boolean found = m.find();
        while (!found && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            m = SCRIPT.matcher(new String(get("/", false).body(), StandardCharsets.UTF_8));
            found = m.find();
        }
        assertThat(found)
                .as("the page names a bundled script within five minutes")
                .isTrue();
        return "/" + m.group(1);
    }

    private static byte[] gunzip(byte[] body) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_bundled_script_travels_gzip_compressed_to_a_browser_that_accepts_it_at_a_fraction_of_its_size()
            throws Exception {
        String script = firstScript();
        HttpResponse<byte[]> plain = get(script, false);
        HttpResponse<byte[]> zipped = get(script, true);

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void a_bundled_script_is_kept_for_a_year_and_a_missing_one_is_not_remembered() throws Exception {
        HttpResponse<byte[]> script = get(firstScript(), true);
        HttpResponse<byte[]> missing = get("/VAADIN/build/missing-AbCd1234.js", true);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().allValues("Cache-Control")).containsExactly(HashedAssetCacheFilter.FOREVER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().allValues("Cache-Control")).doesNotContain(HashedAssetCacheFilter.FOREVER);
    }

    @Test
    void the_page_itself_is_not_kept_so_a_new_build_reaches_every_visitor() throws Exception {
        HttpResponse<byte[]> page = get("/", true);

        assertThat(page.headers().allValues("Cache-Control")).doesNotContain(HashedAssetCacheFilter.FOREVER);
    }
}
