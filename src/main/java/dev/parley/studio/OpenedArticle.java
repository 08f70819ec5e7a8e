package dev.parley.studio;

import java.util.Objects;

/**
 * An article file opened for editing.
 *
 * @param fingerprint the SHA-256 of the file's bytes when it was opened: a save is refused when the file no longer
 *     has it
 * @param original the file's text when it was opened, to show what changed on a conflict
 * @param dropsComments whether the file holds comments other than the schema line, which a save drops
 */
public record OpenedArticle(ArticleForm form, String fingerprint, String original, boolean dropsComments) {
    public OpenedArticle {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(original, "original");
    }
}
