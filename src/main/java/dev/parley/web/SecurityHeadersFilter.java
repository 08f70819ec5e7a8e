package dev.parley.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds a Content-Security-Policy and the usual hardening headers to every response (pages, Vaadin requests,
 * downloads, actuator, error pages), as a second line of defence behind the first one: data text always reaches
 * the browser as text, never as HTML.
 *
 * <p>The policy is as tight as Vaadin and ECharts allow. Scripts come only from Parley itself, but Vaadin's
 * bootstrap page has inline scripts ({@code 'unsafe-inline'}), and its client compiles every {@code executeJs} and
 * {@code callJsFunction} (each chart option reaches ECharts this way) and every inline script dependency with
 * {@code new Function}: without {@code 'unsafe-eval'} the explorer never renders (tried; docs/security.md has the
 * evidence). Vaadin's components set inline styles. What the policy
 * still forbids is loading or sending anything to another origin (scripts, styles, images, fonts, fetch/XHR,
 * WebSocket, forms), plugins ({@code object-src 'none'}), a rewritten {@code <base>}, and framing Parley into
 * another site (clickjacking), except its embeds. Images may be {@code data:} and {@code blob:} URLs because chart exports are made
 * in the browser as such URLs. See docs/security.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeadersFilter extends OncePerRequestFilter {
    private final String embedPolicy;

    public SecurityHeadersFilter(EmbedFraming framing) {
        this.embedPolicy = EMBED_POLICY + "; " + framing.frameAncestors();
    }

    /** The Content-Security-Policy, one directive per reason (see the class comment). */
    public static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /**
     * The policy of an embed ({@code /embed/...}, docs/sharing.md) without its {@code frame-ancestors}, which comes
     * from {@link EmbedFraming}. Tighter than the app's: an embed is a static page with one script from Parley,
     * which neither evaluates code nor fetches anything.
     */
    public static final String EMBED_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "base-uri 'none'",
            "form-action 'none'");

    /** Where embeds live: the only addresses other sites may frame. */
    public static final String EMBED_PATH = "/embed/";

    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()," + " interest-cohort=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + EMBED_PATH)) {
            // no X-Frame-Options: it cannot name a list of sites, and browsers that know frame-ancestors ignore it
            response.setHeader("Content-Security-Policy", embedPolicy);
        } else {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
