package dev.parley.dataset;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Parley's settings, the {@code parley.*} properties (from {@code application.properties}, {@code --parley.x=...} or
 * the environment: {@code PARLEY_DATA_DIR}, {@code PARLEY_RELOAD_INTERVAL}); docs/development.md lists them. A value
 * that does not fit stops the start with a message that names the property, instead of a server running on a guess.
 *
 * <p>Validated here rather than with Bean Validation: neither rule (a path that is not empty, a duration that is not
 * negative) is a standard constraint, and two settings do not justify a validator on the class path.
 *
 * @param dataDir the directory with {@code actors.yaml} and {@code articles/}, relative to the working directory
 *     unless absolute
 * @param reloadInterval how often the data directory is checked for changes ({@code 2s}, {@code 500ms}, {@code 1m};
 *     a bare number is milliseconds); {@code 0} turns watching off
 */
@ConfigurationProperties("parley")
public record ParleyProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("2s") Duration reloadInterval) {

    public ParleyProperties {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw new IllegalArgumentException("parley.data-dir must name the data directory (the default is data)");
        }
        if (reloadInterval == null || reloadInterval.isNegative()) {
            throw new IllegalArgumentException("parley.reload-interval must be 0 (no watching) or a positive"
                    + " duration such as 2s, not " + reloadInterval);
        }
    }
}
