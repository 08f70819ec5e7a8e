package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every kind of response (page, Vaadin request, download, static file, actuator, error) carries the security
 * headers, and the policy is pinned here word for word: weakening it must be a visible change to this test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class SecurityHeadersTest {
    /**
     * Why each part is there is in docs/security.md; {@code 'unsafe-eval'} because Vaadin's client runs every
     * {@code executeJs} and {@code callJsFunction} (chart options included) through {@code new Function}.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'self'";

    /** An embed's: any site may frame it by default ({@code parley.embed.allowed-origins}); it runs one script. */
    static final String EMBED_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors *";

    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DOWNLOAD = Pattern.compile("VAADIN/dynamic/resource/[^\"\\\\]+");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertHardened(HttpHeaders headers) {
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValue("camera=(), microphone=(), geolocation=()," + " payment=(), usb=(), interest-cohort=()");
        assertThat(headers.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/events",
                "/?v-r=init&location=",
                "/actuator/health",
                "/no-such-page",
                "/VAADIN/no-such-file.js",
                "/actuator/env",
                "/VAADIN/dynamic/resource/0/forged/x.csv"
            })
    void every_response_carries_the_content_security_policy_and_hardening_headers(String path) throws Exception {
        assertHardened(get(path).headers());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/embed/network",
                "/embed/timeline?actor=donald-trump",
                "/embed/relationship",
                "/embed/no-such-chart"
            })
    void an_embed_may_be_framed_by_other_sites_and_keeps_the_other_hardening_headers(String path) throws Exception {
        HttpHeaders headers = get(path).headers();
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(EMBED_POLICY);
        assertThat(headers.allValues("X-Frame-Options"))
                .as("it would forbid every other site")
                .isEmpty();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    /** Vaadin's init answer; while a development bundle is still being built it answers without a UI. */
    private String init() throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        String body = get("/?v-r=init&location=").body();
        while (!CSRF.matcher(body).find() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            body = get("/?v-r=init&location=").body();
        }
        return body;
    }

    @Test
    void a_vaadin_round_trip_and_a_data_download_carry_the_same_headers() throws Exception {
        get("/");
        String init = init();
        Matcher csrf = CSRF.matcher(init);
        assertThat(csrf.find()).as("the init answer holds a CSRF token").isTrue();
        HttpRequest uidl = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                // the browser's first round trip: navigate the new UI to the explorer, which the answer then holds
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":"
                        + "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\","
                        + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                        + "\"syncId\":0,\"clientId\":0}"))
                .build();
        HttpResponse<String> round = http.send(uidl, HttpResponse.BodyHandlers.ofString());
        assertThat(round.statusCode()).isEqualTo(200);
        assertHardened(round.headers());

        Matcher link = DOWNLOAD.matcher(round.body());
        assertThat(link.find()).as("the explorer offers data downloads").isTrue();
        HttpResponse<String> download = get("/" + link.group());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .get()
                .asString()
                .contains("attachment");
        assertHardened(download.headers());
    }
}
