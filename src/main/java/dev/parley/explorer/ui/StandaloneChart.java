package dev.parley.explorer.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A chart of the explorer that can be shown on its own, outside the explorer (an embed): its name in addresses. */
public enum StandaloneChart {
    TIMELINE,
    NETWORK,
    RELATIONSHIP;

    /** The name in an address: {@code /embed/network}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its embed's address, from Parley's root: {@code /embed/network}. */
    public String path() {
        return "/embed/" + key();
    }

    public static Optional<StandaloneChart> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }
}
