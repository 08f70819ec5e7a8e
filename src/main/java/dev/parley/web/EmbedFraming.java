package dev.parley.web;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which sites may show Parley's embeds ({@code /embed/...}) in a frame: {@code parley.embed.allowed-origins}, a
 * comma-separated list of origins ({@code https://news.example}, {@code https://*.example.org}), {@code 'self'},
 * or {@code *} for any site (the default: an embed is public and read-only). The rest of Parley may be framed only
 * by Parley itself. A value that is not an origin stops the start with a message: it goes into a response header,
 * so nothing else may reach it.
 */
@ConfigurationProperties("parley.embed")
public record EmbedFraming(@DefaultValue("*") List<String> allowedOrigins) {
    private static final Pattern ORIGIN =
            Pattern.compile("\\*|'self'|https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

    public EmbedFraming {
        if (allowedOrigins == null || allowedOrigins.isEmpty()) {
            throw new IllegalArgumentException(
                    "parley.embed.allowed-origins must name at least one origin, or * for any site");
        }
        allowedOrigins = allowedOrigins.stream().map(String::strip).toList();
        for (String origin : allowedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("parley.embed.allowed-origins: \"" + origin
                        + "\" is not an origin; write it as https://news.example (scheme, host and an optional port,"
                        + " no path), https://*.example.org, 'self' or *");
            }
        }
    }

    /** The {@code frame-ancestors} directive of an embed. */
    public String frameAncestors() {
        return "frame-ancestors " + String.join(" ", allowedOrigins);
    }
}
