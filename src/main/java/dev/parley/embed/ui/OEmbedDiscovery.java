package dev.parley.embed.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The oEmbed discovery link of an explorer page ({@code <link rel="alternate" type="application/json+oembed">}), so a
 * CMS that is given a Parley address finds {@code /oembed} by itself. Only explorer pages carry it: the studio's
 * are private and the event list has no chart.
 */
public final class OEmbedDiscovery {
    private OEmbedDiscovery() {}

    /** A link's address and its other attributes. */
    public record Link(String href, Map<String, String> attributes) {}

    /** The link of the page {@code request} asks for, if it is the explorer's. */
    public static Optional<Link> of(HttpServletRequest request) {
        // Vaadin's page request reaches it forwarded by Spring: the address the browser asked for is the original
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String s ? s : request.getRequestURI();
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (!(path.isEmpty() || path.equals("/") || path.equals("/explorer"))) {
            return Optional.empty();
        }
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        String root =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String page = root + path + (query == null || query.isEmpty() ? "" : "?" + query);
        String href = root + "/oembed?format=json&url=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        return Optional.of(
                new Link(href, Map.of("rel", "alternate", "type", "application/json+oembed", "title", "Parley")));
    }
}
