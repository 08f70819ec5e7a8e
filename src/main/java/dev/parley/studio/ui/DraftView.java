package dev.parley.studio.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.parley.actor.Actor;
import dev.parley.studio.Curator;
import dev.parley.studio.Draft;
import dev.parley.studio.SaveOutcome;
import dev.parley.studio.StudioService;
import dev.parley.suggest.TextSuggestions;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/**
 * One draft: the source and its text, the suggestions found in it, the events and new actors, the problems, and
 * Save. A coordinator of {@link DraftPart}s: it owns the {@link Draft}, applies the {@link DraftIntent}s the parts
 * report, keeps every change on the server at once (so a crash or a restart loses nothing: this address restores
 * it), checks it, and hands the parts the new {@link DraftScene}. Suggestions are computed again only when the text
 * or the publication date changed; the text field reports a change only once the curator pauses.
 */
@Route("studio/draft/:id")
@RolesAllowed("CURATOR")
@PageTitle("Draft · Studio · Parley")
public class DraftView extends Div implements BeforeEnterObserver {
    private final StudioService studio;
    private final List<DraftPart> parts;
    private final SavePart save;
    private final Div body = new Div();
    private Curator curator;
    private List<Actor> known = List.of();
    private Draft draft;
    private TextSuggestions suggestions = TextSuggestions.none();
    private DraftScene scene;
    private boolean refreshPending;

    public DraftView(StudioService studio) {
        this.studio = studio;
        setId("studio-draft");
        getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("max-width", "70em")
                .set("box-sizing", "border-box");
        AutoIds ids = new AutoIds(studio::idFromName);
        save = new SavePart(this::on);
        SourcePart source = new SourcePart(ids, this::on);
        SuggestionsPart suggested = new SuggestionsPart(studio::idFromName, this::on);
        EventsPart events = new EventsPart(ids, this::on);
        NewActorsPart actors = new NewActorsPart(studio::idFromName, studio::similarActor, this::on);
        ProblemsPart problems = new ProblemsPart();
        parts = List.of(source, suggested, events, actors, problems, save);
        body.add(source, suggested, events, actors, problems, save);
        add(new RouterLink("← Studio", StudioView.class), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        curator = Curators.current();
        String id = event.getRouteParameters().get("id").orElse("");
        var found = studio.draft(curator, id);
        if (found.isEmpty()) {
            body.removeAll();
            body.add(new H2("No such draft"), new Paragraph("It was saved, discarded, or belongs to someone else."));
            return;
        }
        known = studio.actors();
        draft = found.get();
        suggestions = studio.suggest(draft.text(), draft.article().published());
        body.addComponentAsFirst(heading(draft));
        refresh();
    }

    private static H2 heading(Draft draft) {
        return new H2(draft.editing().map(a -> "Edit article " + a).orElse("New article"));
    }

    private void on(DraftIntent intent) {
        switch (intent) {
            case DraftIntent.Edit edit -> {
                Draft next = edit.change().apply(draft);
                if (next.equals(draft)) {
                    return;
                }
                boolean reread = !next.text().equals(draft.text())
                        || !next.article().published().equals(draft.article().published());
                draft = studio.keep(next);
                if (reread) {
                    suggestions = studio.suggest(draft.text(), draft.article().published());
                }
                refreshBeforeResponse();
            }
            case DraftIntent.Save ignored -> done(studio.save(draft, curator));
            case DraftIntent.Delete ignored ->
                done(draft.editing()
                        .map(a -> studio.delete(dev.parley.event.ArticleId.of(a), draft.fingerprint(), curator))
                        .orElseThrow());
        }
    }

    /**
     * Shows the draft once the server has handled everything the browser sent in this round trip. Values that the
     * curator typed in several fields within the pause (or just before a click, which sends them all at once) reach
     * the server together: Vaadin sets every field first and then tells the listeners, one after another. Showing
     * the draft after the first field's change would put the draft's old values back into the other fields before
     * their own changes were applied, and their new values would be lost.
     */
    private void refreshBeforeResponse() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        getUI().ifPresentOrElse(
                        ui -> ui.beforeClientResponse(this, context -> {
                            refreshPending = false;
                            refresh();
                        }),
                        () -> {
                            refreshPending = false;
                            refresh();
                        });
    }

    private void refresh() {
        scene = DraftScene.of(draft, suggestions, studio.check(draft), known);
        parts.forEach(p -> p.show(scene));
    }

    private void done(SaveOutcome outcome) {
        if (!(outcome instanceof SaveOutcome.Saved saved)) {
            save.refused(outcome);
            return;
        }
        studio.discard(curator, draft.id());
        body.removeAll();
        Span message = new Span(saved.message());
        message.setId("saved-message");
        message.getStyle().set("color", "var(--lumo-success-text-color)");
        body.add(new H2("Saved"), message, new Paragraph(String.join(", ", saved.files())));
        ExplorerLinks.firstNew(draft).ifPresent(href -> {
            Anchor show = new Anchor(href, "Show in the explorer");
            show.setId("show-in-explorer");
            body.add(new Paragraph(show));
        });
        body.add(new Paragraph(new RouterLink("Back to the studio", StudioView.class)));
    }

    /** The scene shown, for tests. */
    DraftScene scene() {
        return Objects.requireNonNull(scene);
    }
}
