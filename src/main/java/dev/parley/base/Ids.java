package dev.parley.base;

import java.util.regex.Pattern;

/** The one id pattern shared by actors, articles and events. */
public final class Ids {
    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {}

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    public static String requireValid(String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not an id: use lowercase letters, digits and single hyphens");
        }
        return value;
    }
}
