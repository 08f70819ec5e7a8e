package dev.parley.publish;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML another site pastes to show a Parley embed: an {@code <iframe>} and a few lines of script that make the
 * frame as tall as the embed says it needs (the embed posts {@code {type: "parley-embed-height", height}} to its
 * parent). The script trusts only messages from Parley's origin and only from a Parley frame of its page, and it
 * takes a number from them, nothing else. Own lines rather than a library: iframe-resizer, the usual one, is GPL
 * since version 5, and the job is ten lines.
 *
 * @param src the embed's absolute address
 * @param title what the frame shows, for screen readers
 * @param height the frame's height before the embed says more, in pixels
 */
public record EmbedSnippet(URI src, String title, int height) {
    /** Scheme, host and port only: the origin goes into a script's string. */
    private static final Pattern ORIGIN =
            Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|https?://\\[[0-9a-fA-F:.]+\\](:[0-9]{1,5})?");

    public static final int DEFAULT_HEIGHT = 600;
    public static final String HEIGHT_MESSAGE = "parley-embed-height";

    public EmbedSnippet {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(title, "title");
        if (!ORIGIN.matcher(origin(src)).matches()) {
            throw new IllegalArgumentException("an embed's address must be http(s) on a plain host: " + src);
        }
        if (height < 100 || height > 4000) {
            throw new IllegalArgumentException("an embed is 100 to 4000 pixels tall, not " + height);
        }
    }

    private static String origin(URI src) {
        return src.getScheme() + "://" + src.getRawAuthority();
    }

    /** The frame alone, for a page that cannot run scripts (it then keeps its first height). */
    public String iframe() {
        return "<iframe src=\"" + HtmlUtils.htmlEscape(src.toASCIIString()) + "\" title=\""
                + HtmlUtils.htmlEscape(title) + "\" width=\"100%\" height=\"" + height
                + "\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-parley-embed></iframe>";
    }

    /** The frame and the script that resizes it. */
    public String html() {
        return iframe() + "\n<script>addEventListener(\"message\",function(e){var d=e.data;"
                + "if(e.origin!==\"" + origin(src) + "\"||!d||d.type!==\"" + HEIGHT_MESSAGE + "\")return;"
                + "document.querySelectorAll(\"iframe[data-parley-embed]\").forEach(function(f){"
                + "if(f.contentWindow===e.source)f.style.height=Math.max(100,Math.min(4000,d.height|0))+\"px\"})})"
                + "</script>";
    }
}
