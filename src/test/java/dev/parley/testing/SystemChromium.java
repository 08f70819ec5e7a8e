package dev.parley.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the Chromium the browser tests drive: {@code PARLEY_CHROMIUM} if set, else the usual system paths.
 * Fails with instructions rather than downloading a browser.
 */
final class SystemChromium {
    private SystemChromium() {}

    static Path path() {
        String configured = System.getenv("PARLEY_CHROMIUM");
        Stream<String> candidates = configured != null && !configured.isBlank()
                ? Stream.of(configured)
                : Stream.of(
                        "/usr/bin/chromium",
                        "/usr/bin/chromium-browser",
                        "/usr/bin/google-chrome",
                        "/snap/bin/chromium",
                        "/Applications/Chromium.app/Contents/MacOS/Chromium",
                        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
        return candidates
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The browser tests need a Chromium: install it "
                        + "(Debian/Ubuntu: apt-get install chromium) or set PARLEY_CHROMIUM to its executable."));
    }
}
