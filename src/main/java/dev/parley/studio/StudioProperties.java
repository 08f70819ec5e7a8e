package dev.parley.studio;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The studio's settings, the {@code parley.studio.*} properties.
 *
 * @param draftsDir where curators' drafts are kept (they hold pasted article text, so never inside the data
 *     directory); relative to the working directory unless absolute
 */
@ConfigurationProperties("parley.studio")
public record StudioProperties(@DefaultValue("drafts") Path draftsDir) {
    public StudioProperties {
        if (draftsDir == null || draftsDir.toString().isBlank()) {
            throw new IllegalArgumentException(
                    "parley.studio.drafts-dir must name a directory (the default is drafts)");
        }
    }
}
