package dev.parley.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A browser (or anyone) may send Vaadin requests that make no sense: garbage UIDL, unknown UI ids, forged
 * download URLs, odd methods. Each must get a 4xx (or Vaadin's own "resynchronise" answer), never a 500, and the
 * server must go on serving pages afterwards.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "parley.data-dir=src/test/resources/fixtures/valid")
class MalformedRequestsTest {
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new java.net.CookieManager())
            .build();

    private HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void garbage_vaadin_requests_get_no_server_error_and_the_app_keeps_serving() throws Exception {
        String json = "application/json; charset=UTF-8";
        send("GET", "/", null, null);
        String init = send("GET", "/?v-r=init&location=", null, null).body();
        Matcher key = CSRF.matcher(init);
        String csrf = key.find() ? key.group(1) : "none";
        List<String[]> requests = List.of(
                new String[] {"POST", "/?v-r=uidl&v-uiId=0", "this is not json", json},
                new String[] {
                    "POST",
                    "/?v-r=uidl&v-uiId=0",
                    "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":"
                            + "\"event\",\"node\":99999,\"event\":\"click\"}],\"syncId\":0,\"clientId\":0}",
                    json
                },
                new String[] {
                    "POST",
                    "/?v-r=uidl&v-uiId=0",
                    "{\"csrfToken\":\"" + csrf + "\",\"rpc\":\"nope\"," + "\"syncId\":\"x\"}",
                    json
                },
                new String[] {
                    "POST",
                    "/?v-r=uidl&v-uiId=0",
                    "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":"
                            + "\"mSync\",\"node\":1,\"feature\":1,\"property\":\"value\",\"value\":{}}],\"syncId\":0,"
                            + "\"clientId\":0}",
                    json
                },
                new String[] {"POST", "/?v-r=uidl&v-uiId=999999", "{}", json},
                new String[] {"POST", "/?v-r=uidl&v-uiId=abc", "{}", json},
                new String[] {"POST", "/?v-r=uidl", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", json},
                new String[] {"POST", "/?v-r=heartbeat&v-uiId=424242", "", null},
                new String[] {"POST", "/?v-r=nonsense", "x", null},
                new String[] {"GET", "/?v-r=init&location=%00%ff%2e%2e/%2e%2e", null, null},
                new String[] {"GET", "/?v-r=push&v-uiId=0", null, null},
                new String[] {"GET", "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/x.csv", null, null
                },
                new String[] {"GET", "/VAADIN/dynamic/resource/-1/..%2F..%2Fetc%2Fpasswd/x", null, null},
                new String[] {"GET", "/VAADIN/dynamic/resource/abc/def", null, null},
                new String[] {"GET", "/VAADIN/../../etc/passwd", null, null},
                new String[] {"GET", "/events?from=notadate&to=%ff&actor=%3Cscript%3E", null, null},
                new String[] {"GET", "/?from=2025-02-30&to=0000&actor=../../x&metric=nope&lanes=%00", null, null},
                new String[] {"PUT", "/", "x", null},
                new String[] {"DELETE", "/?v-r=uidl&v-uiId=0", null, null},
                new String[] {"GET", "/actuator/health/%2e%2e", null, null});

        for (String[] r : requests) {
            HttpResponse<String> response = send(r[0], r[1], r[2], r[3]);
            assertThat(response.statusCode())
                    .as(r[0] + " " + r[1] + " " + r[2] + " -> " + response.body())
                    .isLessThan(500);
        }

        HttpResponse<String> after = send("GET", "/", null, null);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/?v-r=init&location=", null, null).body()).contains("Vaadin-Security-Key");
    }

    /** Vaadin's init answer; while a development bundle is still being built it answers without a UI. */
    private String init() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String body = send("GET", "/?v-r=init&location=", null, null).body();
        while (!CSRF.matcher(body).find() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            body = send("GET", "/?v-r=init&location=", null, null).body();
        }
        return body;
    }

    /**
     * A page request only bootstraps Vaadin; the view reads its query parameters when the browser then navigates
     * the new UI. Vaadin answers a view that throws with its error view inside a normal 200 answer, so the body
     * is checked too.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "from=notadate&to=%ff&actor=%3Cscript%3E&event=..%2F..",
                "from=2025-02-30&to=0000&actor=../../x&metric=nope&lanes=%00&colour=%22&pin=,,,&kind=x,,y",
                "pathFrom=%E0%A4&pathTo=-&class=%C0%AF&type=&q=%F0%9F",
                "actor=UPPER&event=a__b&from=9999999-01-01"
            })
    void views_navigated_to_with_bad_query_parameters_show_the_explorer_not_an_error(String query) throws Exception {
        String json = "application/json; charset=UTF-8";
        for (String route : new String[] {"", "events"}) {
            send("GET", "/", null, null);
            String init = init();
            Matcher key = CSRF.matcher(init);
            Matcher ui = UI_ID.matcher(init);
            assertThat(key.find() && ui.find()).isTrue();
            HttpResponse<String> view = send(
                    "POST",
                    "/?v-r=uidl&v-uiId=" + ui.group(1),
                    "{\"csrfToken\":\"" + key.group(1)
                            + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                            + "\"route\":\"" + route + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\","
                            + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}",
                    json);
            assertThat(view.statusCode()).as(route + "?" + query).isEqualTo(200);
            assertThat(view.body())
                    .as(route + "?" + query)
                    .doesNotContain("There was an exception while trying to navigate", "Internal error", "\"appError\"")
                    .contains(route.isEmpty() ? "side-panel" : "event-count");
        }
    }
}
