package dev.parley.studio.ui;

import com.vaadin.flow.server.VaadinRequest;
import dev.parley.studio.Curator;
import java.security.Principal;
import java.util.Optional;

/** The signed-in curator of the request being handled: the one place the studio's views learn who is working. */
final class Curators {
    private Curators() {}

    /** The curator signed in, or fails: every studio view is reachable only by one. */
    static Curator current() {
        return Optional.ofNullable(VaadinRequest.getCurrent())
                .map(VaadinRequest::getUserPrincipal)
                .map(Principal::getName)
                .map(Curator::new)
                .orElseThrow(() -> new IllegalStateException("the studio needs a signed-in curator"));
    }

    static void signOut() {
        throw new UnsupportedOperationException("sign-out arrives with the security part");
    }
}
