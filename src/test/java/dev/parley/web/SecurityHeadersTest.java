package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Every kind of response (page, Vaadin request, static file, actuator, error) carries the security headers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class SecurityHeadersTest {
    @Value("${local.server.port}")
    int port;

    private HttpHeaders headersOf(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).headers();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events", "/?v-r=init&location=", "/actuator/health", "/no-such-page",
            "/VAADIN/no-such-file.js", "/actuator/env"})
    void every_response_carries_the_content_security_policy_and_hardening_headers(String path) throws Exception {
        HttpHeaders headers = headersOf(path);

        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'self'", "connect-src 'self'", "img-src 'self' data: blob:");
        assertThat(csp).doesNotContain("*", "http:", "https:");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).get().asString().contains("camera=()");
    }
}
