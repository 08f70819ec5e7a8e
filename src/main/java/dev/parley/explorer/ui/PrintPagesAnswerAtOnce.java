package dev.parley.explorer.ui;

import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Builds a printed page ({@link DossierPrintView}, {@link RelationshipPrintView}) within the first answer for its
 * address, as Vaadin's "eager server load" does, instead of in a second request once the page has loaded. The view is
 * then entered while the first answer is written, so an address naming no actor or an unknown one answers with an
 * HTTP status that says so (400, 404: {@link PrintProblem}) rather than a 200 for whatever it asks; and the page to
 * print is there one round trip sooner. Other views load as before.
 */
@Component
class PrintPagesAnswerAtOnce implements VaadinServiceInitListener {
    @Override
    public void serviceInit(ServiceInitEvent event) {
        BootstrapInitialPredicate others = event.getSource().getBootstrapInitialPredicate();
        event.getSource()
                .setBootstrapInitialPredicate(request -> isPrintPage(request) || others.includeInitialUidl(request));
    }

    static boolean isPrintPage(VaadinRequest request) {
        String path = request.getPathInfo();
        return path != null
                && (path.equals("/" + DossierPrintView.ROUTE) || path.equals("/" + RelationshipPrintView.ROUTE));
    }
}
