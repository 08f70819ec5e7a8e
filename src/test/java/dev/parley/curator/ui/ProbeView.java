package dev.parley.curator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Test-only studio page: a text that only a signed-in curator may ever receive, the curator's name as
 * {@link SignedIn} reads it, and a sign-out button.
 */
@Route(value = "studio/probe", autoLayout = false)
@RolesAllowed("CURATOR")
public class ProbeView extends VerticalLayout {
    /** Appears in no other class of the app, so finding it in a response means the view was sent. */
    public static final String SECRET = "probe-secret-7f3a91c2";

    public ProbeView() {
        Span secret = new Span(SECRET);
        secret.setId("probe-secret");
        Span curator = new Span("signed in as " + SignedIn.curatorName().orElse("nobody"));
        curator.setId("probe-curator");
        Button signOut = new Button("Sign out", click -> SignedIn.signOut());
        signOut.setId("probe-sign-out");
        add(secret, curator, signOut);
    }
}
