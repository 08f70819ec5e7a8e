package dev.parley.publish;

import java.util.List;
import java.util.Objects;

/**
 * An event as a published file shows it, beside the chart.
 *
 * @param title the event's title
 * @param date its date at its precision, with its end when it has one
 * @param outlet the outlet of its source article
 * @param article the source article's title
 * @param url the source article's http(s) address, or null
 * @param summary the event's summary, or null
 * @param quotes its quotes, with their speakers' names
 */
public record PublishedEvent(
        String title,
        String date,
        String outlet,
        String article,
        String url,
        String summary,
        List<PublishedQuote> quotes) {
    public PublishedEvent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(article, "article");
        quotes = List.copyOf(quotes);
    }
}
