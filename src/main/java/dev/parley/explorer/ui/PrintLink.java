package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.router.QueryParameters;
import dev.parley.actor.ActorId;
import dev.parley.event.EventFilter;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import java.util.Optional;

/**
 * A link to a printed page ({@link DossierPrintView}, {@link RelationshipPrintView}) at the explorer's state, opened
 * in a new tab so the explorer stays as it is; {@code noopener}, so the new page has no handle on it.
 */
final class PrintLink {
    private PrintLink() {}

    static Anchor create(String text, String id) {
        Anchor link = new Anchor("", text);
        link.setId(id);
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener");
        link.addClassName("parley-action");
        return link;
    }

    /** Points the link at a printed page's route with the state in its address. */
    static void point(Anchor link, String route, ExplorerState state) {
        link.setHref(route + query(state));
    }

    /**
     * Points the link at the dossier of an actor in a window and filters: the part of the explorer's state the
     * dossier depends on, which the actor panel has at hand.
     */
    static void pointAtDossier(Anchor link, ActorId actor, EventFilter filter) {
        point(
                link,
                DossierPrintView.ROUTE,
                ExplorerState.initial().withFilter(filter).withActor(Optional.of(actor)));
    }

    /** "?actor=…&from=…", or "" for the initial state. */
    static String query(ExplorerState state) {
        String query = QueryParameters.simple(ExplorerStateCodec.write(state)).getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }
}
