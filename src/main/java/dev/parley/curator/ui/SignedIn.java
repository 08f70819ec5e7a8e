package dev.parley.curator.ui;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.parley.curator.CuratorAccounts;
import java.util.Optional;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The signed-in curator, for the studio's views: who it is (the git author of a change) and signing out. Works in
 * a Vaadin request or {@code UI.access} (Vaadin keeps the security context with the session).
 */
public final class SignedIn {
    private SignedIn() {}

    /** The curator's name when a curator is signed in in this session, else empty. */
    public static Optional<String> curatorName() {
        AuthenticationContext context = authentication();
        return context.hasRole(CuratorAccounts.ROLE) ? context.getPrincipalName() : Optional.empty();
    }

    /**
     * Signs out: the session ends (with it the CSRF token and every open studio page) and the browser goes back to
     * the explorer. Call it from a Vaadin request, e.g. a button's click listener.
     */
    public static void signOut() {
        authentication().logout();
    }

    private static AuthenticationContext authentication() {
        VaadinServlet servlet = VaadinServlet.getCurrent();
        if (servlet == null) {
            throw new IllegalStateException("SignedIn works only in a Vaadin request or UI.access");
        }
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servlet.getServletContext())
                .getBean(AuthenticationContext.class);
    }
}
