package dev.parley.explorer.ui;

import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives the first answer for a printed page's address its HTTP status: 400 when it names no actor or pair (or one that
 * cannot be read), 404 when it names one the data does not know, by the very checks the views make
 * ({@link DossierPrintView#actorOf}, {@link RelationshipPrintView#pairOf}); the page then says what is wrong
 * ({@link PrintProblemView}).
 *
 * <p>A filter, because Vaadin answers a page's first request before it enters any view, always with 200. Vaadin can
 * enter the view within that answer ("eager server load", a {@code BootstrapInitialPredicate}) and then answers with
 * an error view's status, but it writes that first view's state into an inline script without escaping
 * {@code </script>}: a quote such as {@code </script><script>alert(1)</script>} in the data then runs
 * (HostileDataBrowserTest found it). So the views load as every other view does, and this filter sets the status.
 */
@Component
class PrintStatusFilter extends OncePerRequestFilter {
    private final DatasetService datasets;

    PrintStatusFilter(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean printPage = path.equals("/" + DossierPrintView.ROUTE) || path.equals("/" + RelationshipPrintView.ROUTE);
        // Vaadin's own requests to the page's address (its start, its round trips) carry v-r
        return !printPage || !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        ExplorerState state = ExplorerStateCodec.read(parameters);
        Dataset d = datasets.current().dataset();
        try {
            if (request.getRequestURI().endsWith(DossierPrintView.ROUTE)) {
                DossierPrintView.actorOf(parameters, state, d);
            } else {
                RelationshipPrintView.pairOf(parameters, state, d);
            }
        } catch (PrintProblem.Refused refused) {
            response.setStatus(refused.problem().status());
        }
        chain.doFilter(request, response);
    }
}
