package dev.parley.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link PublishedView} as one HTML file: the viewer script and every piece of data inline, nothing to
 * fetch. All text from data travels in {@code application/json} blocks, escaped so that no {@code </script>} or
 * comment opener in it ends the block, and the viewer shows it with {@code textContent}. The file's content security
 * policy allows only its own script (by hash) and inline styles, so even a mistake could load nothing.
 */
public final class PublishedPage {
    static final String VIEWER = "viewer.js";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final String viewer;
    private final String viewerHash;

    /** The writer with the viewer script the build bundled (see pom.xml, src/main/viewer), read once. */
    public static PublishedPage bundled() {
        return Bundled.PAGE;
    }

    private static final class Bundled {
        static final PublishedPage PAGE = withBundledViewer();
    }

    static PublishedPage withBundledViewer() {
        try (InputStream in = PublishedPage.class.getResourceAsStream(VIEWER)) {
            if (in == null) {
                throw new IllegalStateException("the publish viewer was not built: " + VIEWER + " is missing beside "
                        + PublishedPage.class.getName() + " (run the Maven build)");
            }
            return new PublishedPage(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PublishedPage(String viewer) {
        if (viewer.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalArgumentException("the viewer script contains </script and cannot be inlined");
        }
        this.viewer = viewer;
        this.viewerHash = sha256(viewer);
    }

    /** The whole file. */
    public String write(PublishedView view) {
        StringBuilder html = new StringBuilder(view.chart().option().json().length() + viewer.length() + 64 * 1024);
        head(
                html,
                view,
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-"
                        + viewerHash
                        + "'; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'\">\n");
        html.append("<body>\n<header><div class=\"titles\"><h1 id=\"title\"></h1><p id=\"subtitle\"></p></div>")
                .append("</header>\n");
        body(html, view);
        html.append("<script>").append(viewer).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    /**
     * A page of the chart for a frame in another site (an embed): the same chart, evidence and texts as the file,
     * with the viewer loaded from {@code viewerUrl} (cached by browsers, never inline) and a link that opens the
     * whole explorer at {@code explorerUrl} in a new tab. Its policy comes with the response, not in the page.
     */
    public String writeEmbed(PublishedView view, String viewerUrl, String explorerUrl) {
        StringBuilder html = new StringBuilder(view.chart().option().json().length() + 64 * 1024);
        head(html, view, "");
        html.append("<body class=\"embed\">\n<header><div class=\"titles\"><h1 id=\"title\"></h1>")
                .append("<p id=\"subtitle\"></p></div><a id=\"open-in-parley\" target=\"_blank\"")
                .append(" rel=\"noopener\" href=\"")
                .append(HtmlUtils.htmlEscape(explorerUrl))
                .append("\">Open in Parley</a></header>\n");
        body(html, view);
        html.append("<script src=\"")
                .append(HtmlUtils.htmlEscape(viewerUrl))
                .append("\"></script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The viewer script, for a page that loads it from an address ({@link #writeEmbed}). */
    public String viewerScript() {
        return viewer;
    }

    /** A name of the viewer script that changes with its content, so it can be cached for good under that name. */
    public String viewerFileName() {
        return "viewer-" + HexFormat.of().formatHex(Base64.getDecoder().decode(viewerHash), 0, 6) + ".js";
    }

    private static void head(StringBuilder html, PublishedView view, String policyMeta) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(policyMeta)
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Parley\">\n")
                .append("<title>")
                // the line and paragraph separators too: some readers take them for line ends inside a tag's text
                .append(HtmlUtils.htmlEscape(view.frame().title())
                        .replace('\u2028', ' ')
                        .replace('\u2029', ' '))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n");
    }

    private static void body(StringBuilder html, PublishedView view) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("patches", view.chart().patches().stream().map(JSON::readTree).toList());
        shown.put("highlight", view.chart().highlight().map(JSON::readTree).orElse(null));
        shown.put(
                "window",
                view.chart().window().isEmpty()
                        ? null
                        : view.chart().window().stream()
                                .map(t -> t.toEpochMilli())
                                .toList());
        html.append("<main><parley-echarts id=\"chart\"></parley-echarts>\n")
                .append("<aside id=\"evidence\" aria-live=\"polite\"><p class=\"hint\">")
                .append("Click an actor, a link or an event to read the evidence.</p></aside></main>\n")
                .append("<footer><p id=\"footnote\"></p></footer>\n");
        block(html, "parley-frame", JSON.writeValueAsString(view.frame()));
        block(html, "parley-option", view.chart().option().json());
        block(html, "parley-shown", JSON.writeValueAsString(shown));
        block(html, "parley-evidence", JSON.writeValueAsString(view.evidence()));
    }

    private static void block(StringBuilder html, String id, String json) {
        html.append("<script type=\"application/json\" id=\"")
                .append(id)
                .append("\">")
                .append(scriptSafe(json))
                .append("</script>\n");
    }

    /**
     * JSON that can stand inside a script element: {@code <}, {@code >} and {@code &} only occur inside JSON strings,
     * where their escapes mean the same, so no {@code </script>} or {@code <!--} can end or bend the block; U+2028
     * and U+2029 are escaped too, for any reader that takes the block for script.
     */
    static String scriptSafe(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static final String STYLE = """
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
            header,footer{padding:12px 20px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:#555}
            main{display:flex;gap:16px;padding:0 20px;height:calc(100vh - 150px);min-height:420px}
            #chart{flex:1 1 auto;min-width:0;height:100%;display:block}
            #evidence{flex:0 0 340px;overflow:auto;border-left:1px solid #ddd;padding-left:16px}
            #evidence h2{font-size:17px;margin:8px 0 2px}.item-count{color:#555;margin:0 0 8px}
            .event{border-top:1px solid #eee;padding:8px 0}.event-title{font-size:15px;margin:0}
            .event-meta,.event-source{color:#555;font-size:13px;margin:2px 0}
            .quote{margin:6px 0 6px 8px;padding-left:8px;border-left:3px solid #ccc}.quote p{margin:0}
            .quote-speaker{font-size:13px;color:#555}footer p{margin:0;color:#555;font-size:13px}
            header{display:flex;align-items:baseline;gap:12px}header .titles{flex:1 1 auto;min-width:0}
            @media (max-width:760px){main{flex-direction:column;height:auto}#chart{height:60vh}
            #evidence{flex:none;border-left:0;padding-left:0}}
            body.embed{display:flex;flex-direction:column;height:100vh;margin:0}
            body.embed header,body.embed footer{padding:8px 12px}body.embed header h1{font-size:17px}
            body.embed main{flex:1 1 auto;min-height:260px;height:auto;padding:0 12px}
            #open-in-parley{white-space:nowrap;font-size:14px}
            @media (min-width:761px){body.embed #evidence{flex-basis:300px}}
            @media (max-width:760px){body.embed{display:block;height:auto}
            body.embed #chart{height:clamp(260px,75vw,480px)}}
            """;
}
