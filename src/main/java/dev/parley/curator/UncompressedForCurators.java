package dev.parley.curator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps Tomcat from compressing any response to a signed-in curator, and the login and studio pages for anyone:
 * those carry secrets (Vaadin's CSRF token in every page start, the studio's drafts) next to text an attacker can
 * choose (the address of a page the curator is lured to), which is what BREACH needs to read a secret from the
 * compressed sizes. docs/security.md has the argument; the public explorer stays compressed.
 *
 * <p>{@code Content-Encoding: identity} is Tomcat's own switch: its compression leaves a response with that header
 * as it is ({@code CompressionConfig.useCompression}), and browsers read it as "not encoded".
 */
class UncompressedForCurators extends OncePerRequestFilter {
    static final String HEADER = "Content-Encoding";
    static final String IDENTITY = "identity";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (curatorPath(request.getRequestURI(), request.getContextPath()) || signedIn()) {
            response.setHeader(HEADER, IDENTITY);
        }
        chain.doFilter(request, response);
    }

    static boolean curatorPath(String uri, String contextPath) {
        String path = uri.substring(Math.min(contextPath.length(), uri.length()));
        return path.equals("/" + CuratorAccounts.LOGIN_ROUTE) || path.equals("/studio") || path.startsWith("/studio/");
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
