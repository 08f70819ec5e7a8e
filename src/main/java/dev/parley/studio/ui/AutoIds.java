package dev.parley.studio.ui;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Ids the studio proposes as the curator fills a form: an event's from its date and title
 * ({@code 2025-02-12-trump-and-putin-speak-by-phone}), an article's from its publication date, outlet and headline.
 * A proposed id follows the form until the curator types one of their own, which is then left alone.
 */
final class AutoIds {
    /** Enough words to tell events apart without ids that wrap twice in a file. */
    private static final int WORDS = 7;

    private final UnaryOperator<String> slug;

    /** @param slug the studio's id-from-name rule ({@code StudioService.idFromName}) */
    AutoIds(UnaryOperator<String> slug) {
        this.slug = slug;
    }

    String event(String date, String title) {
        return join(date, title);
    }

    String article(String published, String outlet, String title) {
        return join(published, outlet + " " + title);
    }

    /** Whether an id is empty or still the one proposed for the old values, so it may follow the new ones. */
    static boolean follows(String id, String proposed) {
        return id.isEmpty() || id.equals(proposed);
    }

    private String join(String date, String words) {
        String head = date.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^0-9-]", "");
        String tail = words.isBlank() ? "" : shorten(slug.apply(words));
        if (head.isEmpty() || tail.isEmpty()) {
            return head + tail;
        }
        return head + "-" + tail;
    }

    private static String shorten(String id) {
        return Arrays.stream(id.split("-")).limit(WORDS).collect(Collectors.joining("-"));
    }
}
