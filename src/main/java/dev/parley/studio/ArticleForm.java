package dev.parley.studio;

import java.util.List;
import java.util.Objects;

/**
 * An article as a curator types it in the studio: every field is the raw text of its form field, {@code ""} when
 * empty, so a half-filled or wrong form can still be kept in a draft, written as YAML and checked by the same loader
 * as {@code --validate}, whose messages then name the field ({@code events[0].date}).
 */
public record ArticleForm(
        String id, String title, String outlet, String url, String published, String note, List<EventForm> events) {
    public ArticleForm {
        id = Forms.text(id);
        title = Forms.text(title);
        outlet = Forms.text(outlet);
        url = Forms.text(url);
        published = Forms.text(published);
        note = Forms.text(note);
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    public static ArticleForm empty() {
        return new ArticleForm("", "", "", "", "", "", List.of());
    }

    public ArticleForm withEvents(List<EventForm> newEvents) {
        return new ArticleForm(id, title, outlet, url, published, note, newEvents);
    }
}
