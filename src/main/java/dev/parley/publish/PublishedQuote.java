package dev.parley.publish;

import java.util.Objects;

/**
 * A quote in a published file.
 *
 * @param text the words quoted
 * @param speaker the speaker's name, or null when the source does not say
 */
public record PublishedQuote(String text, String speaker) {
    public PublishedQuote {
        Objects.requireNonNull(text, "text");
    }
}
