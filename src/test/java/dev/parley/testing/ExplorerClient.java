package dev.parley.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated visitor of the explorer, speaking the protocol a browser does, with its own cookies (so its own Vaadin
 * session): bootstrap a UI ({@code v-r=init}), navigate it to the explorer at an address (the {@code ui-navigate}
 * event: the server builds the whole view, network and timeline included, and answers with it), and close the UI as a
 * browser does on unload. Far cheaper than a browser page, so a load test can run dozens on two cores.
 */
public final class ExplorerClient {
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");

    private final HttpClient http;
    private final UnaryOperator<String> url;

    /** A client whose paths {@code url} turns into addresses (a server's, or a load balancer's). */
    public ExplorerClient(UnaryOperator<String> url) {
        this.url = url;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * An explorer view built for {@code query} ({@code actor=donald-trump}), open until {@link #close}d.
     *
     * @param status the navigation's HTTP status (0 when the UI could not even be bootstrapped)
     * @param body   the server's answer to the navigation: the view's contents, or what went wrong
     */
    public record View(int status, String body, String uiId, String csrf) {
        /** Whether the server built the view: HTTP 200, and neither an application error nor an internal one. */
        public boolean built() {
            return status == 200 && !body.contains("\"appError\"") && !body.contains("Internal error");
        }

        /** The start of the answer, for a message. */
        public String summary() {
            return status + " " + body.substring(0, Math.min(200, body.length()));
        }
    }

    /** A plain GET with this client's cookies. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url.apply(path)))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Bootstraps a UI and navigates it to the explorer at {@code query}. */
    public View open(String query) throws IOException, InterruptedException {
        String init = get("/?v-r=init&location=&query=").body();
        Matcher csrf = CSRF.matcher(init);
        Matcher ui = UI_ID.matcher(init);
        if (!csrf.find() || !ui.find()) {
            return new View(0, "no UI from init: " + init, "", "");
        }
        HttpResponse<String> view = post(
                uidl(ui.group(1)),
                "{\"csrfToken\":\"" + csrf.group(1) + "\",\"rpc\":"
                        + "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\","
                        + "\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                        + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}");
        return new View(view.statusCode(), view.body(), ui.group(1), csrf.group(1));
    }

    /** Closes the view's UI as a browser does when the page is left, so the server can let it go at once. */
    public void close(View view) throws IOException, InterruptedException {
        if (view.uiId().isEmpty()) {
            return;
        }
        Matcher sync = SYNC_ID.matcher(view.body());
        post(
                uidl(view.uiId()),
                "{\"csrfToken\":\"" + view.csrf() + "\",\"rpc\":[],\"syncId\":" + (sync.find() ? sync.group(1) : "1")
                        + ",\"clientId\":1,\"UNLOAD\":true}");
    }

    private static String uidl(String uiId) {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url.apply(path)))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
