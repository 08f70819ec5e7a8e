package dev.parley.suggest;

import dev.parley.base.Ids;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Ids for new actors, made from their names the way the curated data spells them ({@code keir-starmer}). */
public final class ActorIds {
    private static final String FALLBACK = "actor";

    private ActorIds() {}

    /**
     * An id for {@code name}: accents folded, lowercase, every run of other characters as one hyphen, so it always
     * matches {@link Ids#PATTERN}; never one of {@code taken} (then -2, -3... is appended); "actor" when the name has
     * no Latin letter or digit to build from.
     */
    public static String fromName(String name, Set<String> taken) {
        Objects.requireNonNull(taken, "taken");
        String base = slug(name == null ? "" : name);
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return Ids.requireValid(id);
    }

    private static String slug(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("ø", "o")
                .replace("Ø", "o")
                .replace("ł", "l")
                .replace("Ł", "l")
                .replace("đ", "d")
                .replace("Đ", "d")
                .replace("ı", "i")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !out.isEmpty()) {
                    out.append('-');
                }
                out.append(c);
                gap = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && !FoldedText.isApostrophe(c)) {
                gap = true;
            }
        }
        return out.toString();
    }
}
