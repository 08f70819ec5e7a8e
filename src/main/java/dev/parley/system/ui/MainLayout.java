package dev.parley.system.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.DatasetState;
import dev.parley.dataset.ui.DatasetBinding;

/**
 * The frame of every page: the title bar, and above the content a banner whenever the data on disk has
 * problems (while the last good data stays on screen). Every route gets it ({@link Layout}); the menu lists the
 * views that announce themselves with {@code @Menu}, so the layout imports none of them.
 */
@AnonymousAllowed
@Layout
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
        Div nav = new Div();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            RouterLink link = new RouterLink(entry.title(), entry.menuClass());
            // the explorer's route is the empty path, which every location would otherwise start with
            link.setHighlightCondition(HighlightConditions.sameLocation());
            nav.add(link);
        });
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
