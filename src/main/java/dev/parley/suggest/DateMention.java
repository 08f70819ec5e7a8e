package dev.parley.suggest;

import dev.parley.base.PartialDate;
import java.util.Objects;

/**
 * A date written in the text ("on Wednesday", "Feb. 12", "last month", "in 2022"), resolved against the article's
 * publication date to the precision the text gives, no finer.
 */
public record DateMention(String text, PartialDate date, String sentence) {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sentence, "sentence");
    }

    public String key() {
        return "date:" + date + ":" + text;
    }
}
