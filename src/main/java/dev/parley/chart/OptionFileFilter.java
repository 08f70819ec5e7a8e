package dev.parley.chart;

import dev.parley.chart.OptionFiles.OptionFile;
import dev.parley.web.HashedAssetCacheFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves {@link OptionFiles}: {@code GET chart-options/<name>.json}, compressed for browsers that accept gzip, kept a
 * year (the name changes with the content). Anything else under that path is a 404 that no cache keeps. A filter
 * rather than a controller: Vaadin's servlet takes every path, and this answer needs nothing of Spring MVC.
 */
@Component
class OptionFileFilter extends OncePerRequestFilter {
    private static final String PREFIX = "/" + OptionFiles.PATH;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !pathOf(request).startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Optional<OptionFile> file = OptionFiles.find(pathOf(request).substring(PREFIX.length()));
        if (file.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        byte[] body = gzip ? file.get().gzipped() : file.get().plain();
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", HashedAssetCacheFilter.FOREVER);
        response.setHeader("Vary", "Accept-Encoding");
        if (gzip) {
            // already compressed: Tomcat leaves a response with a Content-Encoding alone
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the header names gzip without refusing it ({@code gzip;q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equals("gzip") || coding[0].strip().equals("*")) {
                return coding.length == 1 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
