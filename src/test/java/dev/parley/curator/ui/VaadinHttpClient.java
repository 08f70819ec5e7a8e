package dev.parley.curator.ui;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-free client that speaks to Parley the way Vaadin's client does, with its own cookies and, when given,
 * its own loopback source address (so that tests can be several clients): pages, sign-in posts and hand-made UIDL
 * requests.
 */
final class VaadinHttpClient {
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    VaadinHttpClient(int port) {
        this(port, null);
    }

    VaadinHttpClient(int port, InetAddress from) {
        this.port = port;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30));
        if (from != null) {
            builder.localAddress(from);
        }
        this.http = builder.build();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts the login form as the login view's form does (a plain form post, no CSRF token: Vaadin exempts it). */
    HttpResponse<String> signIn(String name, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Signs out with a form post to {@code /logout}, with the Spring CSRF token of the page {@code path}. */
    HttpResponse<String> signOut(String path) throws Exception {
        Matcher token = SPRING_CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new AssertionError("the page names no Spring CSRF token");
        }
        HttpRequest request = HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** A UI as Vaadin's init request makes one for {@code location}: its id and CSRF token. */
    record Ui(int id, String csrfToken) {}

    /**
     * Vaadin's init request for a location. While a development bundle is still being built it answers without a
     * UI; this asks again until there is one (or five minutes have passed).
     */
    Ui init(String location) throws Exception {
        String path = "/?v-r=init&location=" + URLEncoder.encode(location, StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String body = get(path).body();
        while (!CSRF.matcher(body).find() && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            body = get(path).body();
        }
        Matcher csrf = CSRF.matcher(body);
        Matcher id = UI_ID.matcher(body);
        if (!csrf.find() || !id.find()) {
            throw new AssertionError("no UI in Vaadin's init answer: " + body);
        }
        return new Ui(Integer.parseInt(id.group(1)), csrf.group(1));
    }

    /** Sends one UIDL request of the given RPC invocations, as the client would after {@code syncId} answers. */
    HttpResponse<String> uidl(Ui ui, int syncId, String rpc) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.id()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + ui.csrfToken() + "\",\"rpc\":" + rpc
                        + ",\"syncId\":" + syncId + ",\"clientId\":" + syncId + "}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The RPC of a navigation, as the client sends it when a router link is clicked or the address changes. */
    static String navigation(String route) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]";
    }
}
