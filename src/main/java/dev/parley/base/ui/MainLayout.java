package dev.parley.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import dev.parley.event.ui.EventListView;
import dev.parley.explorer.ui.ExplorerView;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.DatasetState;

/**
 * The frame of every page: the title bar, and above the content a banner whenever the data on disk has
 * problems (while the last good data stays on screen).
 */
public class MainLayout extends AppLayout implements RouterLayout {
    private final DatasetService datasets;
    private final DataProblemsBanner banner = new DataProblemsBanner();
    private final Span dataSummary = new Span();
    private final Div contentHolder = new Div();

    public MainLayout(DatasetService datasets) {
        this.datasets = datasets;
        H1 title = new H1("Parley");
        title.addClassName("parley-title");
        Span tagline = new Span("diplomacy, event by event, source by source");
        tagline.addClassName("parley-tagline");
        dataSummary.addClassName("parley-data-summary");
        RouterLink explorer = new RouterLink("Explorer", ExplorerView.class);
        explorer.setHighlightCondition(HighlightConditions.sameLocation());
        RouterLink events = new RouterLink("Events", EventListView.class);
        Div nav = new Div(explorer, events);
        nav.addClassName("parley-nav");
        HorizontalLayout bar = new HorizontalLayout(title, tagline, nav, dataSummary);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.addClassName("parley-navbar");
        addToNavbar(bar);
        contentHolder.addClassName("parley-content");
        Div page = new Div(banner, contentHolder);
        page.addClassName("parley-page");
        setContent(page);
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);
        show(datasets.current());
        DatasetBinding.bind(this, datasets, this::show);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        contentHolder.removeAll();
        if (content != null) {
            contentHolder.getElement().appendChild(content.getElement());
        }
    }

    private void show(DatasetState state) {
        banner.show(state);
        var d = state.dataset();
        dataSummary.setText(d.events().size() + " events · " + d.actors().size() + " actors · "
                + d.articles().size() + " sources");
    }
}
