package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /actuator/health} says whether the data is valid and when it was loaded, and nothing else of the
 * server is exposed: no other actuator endpoint, no other health component, no path or problem text.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class HealthEndpointTest {
    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_reports_the_dataset_as_valid_with_its_load_time_and_counts_only() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .contains("json");
        JsonNode health = JsonMapper.shared().readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        JsonNode dataset = health.path("components").path("dataset");
        assertThat(dataset.path("status").asString()).isEqualTo("UP");
        assertThat(dataset.path("details").path("valid").asBoolean()).isTrue();
        assertThat(Instant.parse(dataset.path("details").path("loadedAt").asString()))
                .isBefore(Instant.now());
        assertThat(dataset.path("details").path("events").asInt()).isEqualTo(8);
        assertThat(health.path("components").propertyNames())
                .as("no disk space, database or other details")
                .containsOnly("dataset", "livenessState", "readinessState");
        assertThat(response.body()).as("no path").doesNotContain("fixtures", "/work", "/root", "/home");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/info",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/configprops",
                "/actuator/metrics",
                "/actuator/shutdown"
            })
    void no_other_actuator_endpoint_is_exposed(String path) throws Exception {
        HttpResponse<String> response = get(path);

        // unknown paths are Vaadin routes: the app's own "not found" page, never actuator JSON
        assertThat(response.statusCode()).as(path).isLessThan(500);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/html");
        assertThat(response.body())
                .doesNotContain(
                        "\"_links\"",
                        "java.home",
                        "propertySources",
                        "\"beans\"",
                        "\"threads\"",
                        "\"loggers\"",
                        "\"names\"");
    }
}
