package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.explorer.ExplorerState;
import dev.parley.explorer.ExplorerStateCodec;
import dev.parley.network.NetworkService;
import java.util.List;
import java.util.Map;

/**
 * What the printed pages share: they read the explorer's address ({@link ExplorerStateCodec}) against the data loaded
 * now, fill a {@link PrintPage}, or leave for {@link PrintProblemView} when the address names nothing to print.
 */
abstract class PrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final DatasetService datasets;
    private final NetworkService networks;
    private final String kind;
    private String title;

    /** What a printed page is asked for: the address's state and parameters, the data and its networks. */
    record Request(
            ExplorerState state, Map<String, List<String>> parameters, Dataset dataset, NetworkService networks) {}

    PrintView(DatasetService datasets, NetworkService networks, String kind) {
        this.datasets = datasets;
        this.networks = networks;
        this.kind = kind;
        this.title = kind + " · Parley";
        addClassName("parley-print-view");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        ExplorerState state = ExplorerStateCodec.read(parameters);
        PrintPage page = new PrintPage(kind);
        page.backTo(state);
        try {
            title = fill(page, new Request(state, parameters, datasets.current().dataset(), networks)) + " · Parley";
        } catch (PrintProblem.Refused refused) {
            refused.problem().refuse(event);
            return;
        }
        removeAll();
        add(page);
    }

    /**
     * Fills the page with what the request asks for, and names it for the browser's tab.
     *
     * @throws PrintProblem.Refused when the request names nothing to print
     */
    abstract String fill(PrintPage page, Request request);
}
