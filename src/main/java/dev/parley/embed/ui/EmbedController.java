package dev.parley.embed.ui;

import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.explorer.ui.StandaloneChart;
import dev.parley.explorer.ui.StandaloneCharts.NothingToShow;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the embed pages and their viewer script. An embed takes the explorer's address state
 * ({@link ExplorerStateCodec}); a page is revalidated by its ETag ({@code Cache-Control: no-cache}), the script is
 * named by its content and kept by browsers for a year. Nothing here opens a session.
 */
@RestController
class EmbedController {
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    private static final MediaType SCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");

    private final EmbedPages pages;

    EmbedController(EmbedPages pages) {
        this.pages = pages;
    }

    @GetMapping("/embed/{chart}")
    ResponseEntity<?> page(
            @PathVariable String chart,
            @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = "Accept-Encoding", required = false) String encodings,
            WebRequest web,
            HttpServletRequest request) {
        Optional<StandaloneChart> which = StandaloneChart.ofKey(chart);
        if (which.isEmpty()) {
            return problem("Parley has no embed named \"" + chart
                    + "\". Embeds are /embed/timeline, /embed/network and /embed/relationship.");
        }
        ExplorerState state = ExplorerStateCodec.read(params);
        String root = request.getContextPath();
        String etag = pages.etag(which.get(), state, root);
        if (web.checkNotModified(etag)) {
            return null;
        }
        EmbedPages.Page page;
        try {
            page = pages.page(which.get(), state, root);
        } catch (NothingToShow e) {
            return problem(e.getMessage());
        }
        var ok = ResponseEntity.ok()
                .eTag(page.etag())
                .cacheControl(CacheControl.noCache().cachePublic())
                .varyBy("Accept-Encoding")
                .contentType(HTML);
        if (encodings != null && encodings.contains("gzip")) {
            // compressed when the page was made; a response that has its encoding is left alone by Tomcat
            return ok.header("Content-Encoding", "gzip").body(page.gzipped());
        }
        return ok.body(page.html());
    }

    @GetMapping("/embed/viewer-{hash}.js")
    ResponseEntity<?> viewer(
            @PathVariable String hash, @RequestHeader(name = "Accept-Encoding", required = false) String encodings) {
        if (!pages.viewerFileName().equals("viewer-" + hash + ".js")) {
            // an old name after a new build: not found, and not to be remembered as such for long
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .cacheControl(CacheControl.noStore())
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("No such viewer script: this Parley serves " + pages.viewerFileName());
        }
        var ok = ResponseEntity.ok()
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .varyBy("Accept-Encoding")
                .contentType(SCRIPT);
        if (encodings != null && encodings.contains("gzip")) {
            return ok.header("Content-Encoding", "gzip").body(pages.viewerGzipped());
        }
        return ok.body(pages.viewerScript());
    }

    /** A page that says what is wrong with the address; the text from the address is escaped. */
    private static ResponseEntity<?> problem(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noStore())
                .contentType(HTML)
                .body("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Parley: no such embed"
                        + "</title></head><body><p id=\"embed-problem\">" + HtmlUtils.htmlEscape(message)
                        + "</p></body></html>\n");
    }
}
