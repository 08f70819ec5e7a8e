package dev.parley.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets browsers keep Vaadin's bundled scripts and styles for a year without asking again. Their names carry a hash
 * of their content ({@code indexhtml-DssGVD6i.js}), so a new build has new names, yet Vaadin serves them with
 * {@code max-age=3600}: every visit after an hour revalidated about 1.4 MB of scripts. Vaadin has no setting for
 * this, so its own Cache-Control on these files is replaced here.
 */
@Component
public class HashedAssetCacheFilter extends OncePerRequestFilter {
    /** A year, the longest lifetime browsers honour, for content that never changes under its name. */
    public static final String FOREVER = "public, max-age=31536000, immutable";

    /** A bundle file whose name ends in Vite's 8-character content hash. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[\\w.-]+-[\\w-]{8}\\.(js|css)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", FOREVER);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                forgetIfFailed(response, status);
            }

            @Override
            public void sendError(int status) throws IOException {
                forgetIfFailed(response, status);
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                forgetIfFailed(response, status);
                super.sendError(status, message);
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!"Expires".equalsIgnoreCase(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }

    /** A missing file under a hashed name must not be remembered as missing for a year. */
    private static void forgetIfFailed(HttpServletResponse response, int status) {
        if (status >= 400) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
