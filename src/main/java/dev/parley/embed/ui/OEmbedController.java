package dev.parley.embed.ui;

import dev.parley.explorer.ui.StandaloneCharts.NothingToShow;
import dev.parley.publish.EmbedSnippet;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * oEmbed (https://oembed.com), JSON only: {@code /oembed?url=<a Parley address>} answers a {@code rich} embed whose
 * HTML is the {@link EmbedSnippet} of that address's chart. As the specification asks: 404 for an address that is not
 * Parley's (or names no chart), 501 for a format other than JSON, and the size within {@code maxwidth} and
 * {@code maxheight}.
 */
@RestController
class OEmbedController {
    static final int WIDTH = 800;
    static final int MIN_SIZE = 200;

    private final EmbedPages pages;

    OEmbedController(EmbedPages pages) {
        this.pages = pages;
    }

    @GetMapping("/oembed")
    ResponseEntity<Map<String, Object>> oembed(
            @RequestParam(required = false) String url,
            @RequestParam(required = false) String format,
            @RequestParam(required = false) Integer maxwidth,
            @RequestParam(required = false) Integer maxheight,
            HttpServletRequest request) {
        if (format != null && !format.equals("json")) {
            return error(HttpStatus.NOT_IMPLEMENTED, "Parley answers oEmbed in JSON only (format=json)");
        }
        if (url == null || url.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "oEmbed needs the address to embed: /oembed?url=<a Parley address>");
        }
        URI root = ServletUriComponentsBuilder.fromContextPath(request).build().toUri();
        Optional<OEmbedTarget> target = OEmbedTarget.of(url, root);
        if (target.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "not an address of this Parley: " + root);
        }
        EmbedPages.Page page;
        try {
            page = pages.page(target.get().chart(), target.get().state(), request.getContextPath());
        } catch (NothingToShow e) {
            return error(HttpStatus.NOT_FOUND, e.getMessage());
        }
        int width = within(WIDTH, maxwidth);
        int height = within(EmbedSnippet.DEFAULT_HEIGHT, maxheight);
        URI src = URI.create(root.toString().replaceAll("/$", "")
                + EmbedAddresses.embed(target.get().chart(), target.get().state()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", "1.0");
        answer.put("type", "rich");
        answer.put("provider_name", "Parley");
        answer.put("provider_url", root.toString());
        answer.put("title", page.title());
        answer.put("html", new EmbedSnippet(src, page.title(), height).html());
        answer.put("width", width);
        answer.put("height", height);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache().cachePublic())
                .contentType(MediaType.APPLICATION_JSON)
                .body(answer);
    }

    private static int within(int preferred, Integer max) {
        return max == null ? preferred : Math.max(MIN_SIZE, Math.min(preferred, max));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
