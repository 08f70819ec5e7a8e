package dev.parley.dataset;

/**
 * A class that YAML tags in {@link HostileInputTest} ask for. If the loader ever loaded or built it (as a YAML
 * library constructing Java objects from tags would), its static initializer leaves a trace the test checks.
 */
public final class TagCanary {
    static {
        System.setProperty("parley.tag-canary", "loaded");
    }

    public TagCanary() {
        System.setProperty("parley.tag-canary", "instantiated");
    }
}
