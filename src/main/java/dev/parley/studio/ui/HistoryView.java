package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.parley.studio.Curator;
import dev.parley.studio.HistoryEntry;
import dev.parley.studio.SaveOutcome;
import dev.parley.studio.StudioService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The recent changes to the data (who, when, what, which files), each of which can be reverted as a new change.
 * History exists only when the data directory is in a git repository; otherwise the page says so.
 */
@Route("studio/history")
@RolesAllowed("CURATOR")
@PageTitle("History · Studio · Parley")
public class HistoryView extends Div implements BeforeEnterObserver {
    static final int RECENT = 100;

    private final StudioService studio;
    private final Grid<HistoryEntry> grid = new Grid<>();
    private final Div outcome = new Div();
    private final Span off = new Span(
            "History is off: the data directory is not in a git repository. Saving works; to keep a history of "
                    + "changes (and to revert them), make the data directory part of a git repository.");
    private Curator curator;

    public HistoryView(StudioService studio) {
        this.studio = studio;
        setId("studio-history");
        getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        off.setId("history-off");
        outcome.setId("revert-outcome");
        grid.setId("history");
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> StudioView.WHEN.format(e.when()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HistoryEntry::author).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryEntry::message).setHeader("What").setFlexGrow(3);
        grid.addColumn(e -> String.join(", ", e.files())).setHeader("Files").setFlexGrow(2);
        grid.addColumn(HistoryEntry::shortCommit)
                .setHeader("Commit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(e -> {
                    Button revert = new Button(
                            "Revert…",
                            click -> Confirm.ask(
                                    "Revert this change?",
                                    "“" + e.message()
                                            + "” is undone by a new change in your name; the history keeps both.",
                                    "Revert",
                                    () -> revert(e)));
                    revert.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    revert.addClassName("revert");
                    return revert;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("32em");
        add(new RouterLink("← Studio", StudioView.class), new H2("History of changes"), off, outcome, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        curator = Curators.current();
        boolean on = studio.historyEnabled();
        off.setVisible(!on);
        grid.setVisible(on);
        if (on) {
            grid.setItems(studio.history(RECENT));
        }
    }

    private void revert(HistoryEntry entry) {
        SaveOutcome result = studio.revert(entry.commit(), curator);
        outcome.removeAll();
        switch (result) {
            case SaveOutcome.Saved s -> outcome.add(new Span(s.message()));
            case SaveOutcome.Conflict c -> outcome.add(new Span(c.message()), new Pre(c.changes()));
            case SaveOutcome.Invalid i ->
                outcome.add(new Span(
                        "Not reverted: the data would have " + i.problems().size() + " problem(s)."));
        }
        grid.setItems(studio.history(RECENT));
    }
}
