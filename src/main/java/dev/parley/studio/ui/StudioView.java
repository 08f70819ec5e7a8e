package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.parley.event.Article;
import dev.parley.studio.Curator;
import dev.parley.studio.Draft;
import dev.parley.studio.StudioService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The studio's start: the curator's drafts to resume or discard, the articles to edit (filtered by text), a new
 * article, the history of changes, and signing out.
 */
@Route("studio")
@RolesAllowed("CURATOR")
@Menu(title = "Studio", order = 9)
@PageTitle("Studio · Parley")
public class StudioView extends Div implements BeforeEnterObserver {
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.systemDefault());

    private final StudioService studio;
    private final Span who = new Span();
    private final Div drafts = new Div();
    private final Grid<Article> articles = new Grid<>();
    private final TextField filter = new TextField();
    private Curator curator;
    private List<Article> all = List.of();

    public StudioView(StudioService studio) {
        this.studio = studio;
        setId("studio");
        getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box")
                .set("max-width", "70em");
        who.setId("curator-name");
        Button signOut = new Button("Sign out", e -> Curators.signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button create = new Button("New article", e -> open(Optional.empty()));
        create.setId("new-article");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink history = new RouterLink("History of changes", HistoryView.class);
        history.setId("history-link");
        FlexLayout bar = new FlexLayout(create, history, who, signOut);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        drafts.setId("drafts");
        filter.setId("article-filter");
        filter.setPlaceholder("Filter by id, headline or outlet");
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> showArticles());
        articles.setId("articles");
        articles.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        articles.addColumn(a -> a.published().iso())
                .setHeader("Published")
                .setAutoWidth(true)
                .setFlexGrow(0);
        articles.addColumn(Article::title).setHeader("Headline").setFlexGrow(3);
        articles.addColumn(Article::outlet).setHeader("Outlet").setFlexGrow(1);
        articles.addComponentColumn(a -> {
                    Button edit = new Button("Edit", e -> open(Optional.of(a.id())));
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    edit.addClassName("edit-article");
                    edit.getElement().setAttribute("data-article", a.id().value());
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        articles.setHeight("28em");
        add(new H2("Studio"), bar, new H3("Your drafts"), drafts, new H3("Articles"), filter, articles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        curator = Curators.current();
        who.setText("Signed in as " + curator.name());
        showDrafts();
        all = studio.articles();
        showArticles();
    }

    private void open(Optional<dev.parley.event.ArticleId> article) {
        // kept at once, so the draft's address works from the first moment (and after a crash)
        Draft draft = studio.keep(studio.newDraft(curator, article));
        getUI().ifPresent(ui -> ui.navigate(DraftView.class, new RouteParameters("id", draft.id())));
    }

    private void showDrafts() {
        drafts.removeAll();
        List<Draft> mine = studio.drafts(curator);
        if (mine.isEmpty()) {
            drafts.add(Fields.hint("No draft in progress."));
        }
        for (Draft d : mine) {
            String title = d.article().title().isEmpty()
                    ? "(no headline yet)"
                    : d.article().title();
            RouterLink resume = new RouterLink(title, DraftView.class, new RouteParameters("id", d.id()));
            resume.addClassName("resume-draft");
            Span what = new Span(
                    (d.editing().isPresent() ? " · editing " + d.editing().get() : " · new article") + " · changed "
                            + WHEN.format(d.updated()) + " ");
            Button discard = new Button(
                    "Discard",
                    e -> Confirm.ask(
                            "Discard this draft?",
                            "Its text and forms are deleted; the data is not changed.",
                            "Discard",
                            () -> {
                                studio.discard(curator, d.id());
                                showDrafts();
                            }));
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            discard.addClassName("discard-draft");
            Div row = new Div(resume, what, discard);
            row.addClassName("studio-draft-row");
            row.getStyle().set("overflow-wrap", "anywhere");
            drafts.add(row);
        }
    }

    private void showArticles() {
        String wanted = ActorChoices.fold(filter.getValue().strip());
        articles.setItems(all.stream()
                .filter(a -> wanted.isEmpty()
                        || ActorChoices.fold(a.id().value() + " " + a.title() + " " + a.outlet())
                                .contains(wanted))
                .toList());
    }
}
