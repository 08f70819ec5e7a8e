package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.ActorId;
import dev.parley.base.ui.Names;
import dev.parley.event.Article;
import dev.parley.event.Event;
import dev.parley.event.EventCatalog;
import dev.parley.event.EventId;
import dev.parley.event.Participant;
import dev.parley.event.ui.EventText;
import dev.parley.event.ui.QuoteView;
import dev.parley.event.ui.SourceLink;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One event as evidence: date at its precision, type, summary, location, score, participants (each selects that actor),
 * every quote with its speaker, and the source article. All data is set as text. {@link #show} updates the card in
 * place, so its buttons outlive a data reload.
 */
class EventCard extends Div {
    private final Span date = new Span();
    private final Span badge = new Span();
    private final NativeButton title;
    private final Paragraph summary = new Paragraph();
    private final Span location = new Span();
    private final Div locationRow = new Div(new Span("Location: "), location);
    private final Div score = new Div();
    private final RowList<String, Participant, NativeButton> participants;
    private final Div quotes = new Div();
    private final Div source = new Div();
    private Event event;
    private EventCatalog catalog;
    /** What the quotes and the source show, to redraw them only when that changes (they hold no buttons). */
    private List<String> quotesShown = List.of();

    private Article sourceShown;

    EventCard(Consumer<ActorId> onActor, Consumer<EventId> onEvent) {
        addClassName("parley-event-card");
        date.addClassName("parley-event-date");
        badge.getElement().setAttribute("theme", "badge");
        Div top = new Div(date, badge);
        top.addClassName("parley-event-top");
        // native buttons, not vaadin-button: a list shows twenty cards of ten buttons or more, and a native button
        // is one element with no shadow DOM to build, where a vaadin-button costs bytes and time on every card
        title = Names.directionAuto(new NativeButton("", click -> onEvent.accept(event.id())));
        title.addClassNames("parley-link", "parley-event-title");
        Div who = new Div();
        who.addClassName("parley-participants");
        participants = new RowList<>(
                who,
                p -> p.actor().value() + " " + p.role().key(),
                p -> participant(p.actor(), onActor),
                this::showParticipant);
        source.addClassName("parley-source");
        score.addClassName("parley-event-score");
        add(top, title, summary, locationRow, score, who, quotes, source);
    }

    EventCard(Event e, EventCatalog d, Consumer<ActorId> onActor, Consumer<EventId> onEvent) {
        this(onActor, onEvent);
        show(e, d);
    }

    Event event() {
        return event;
    }

    void show(Event e, EventCatalog d) {
        if (e == event && d == catalog) {
            // the same event from the same data: every setText would still send a change
            return;
        }
        event = e;
        catalog = d;
        getElement().setAttribute("data-event", e.id().value());
        date.setText(EventText.dateOf(e));
        badge.setText(e.type().key());
        badge.setClassName("parley-class-"
                + e.type().eventClass().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.getElement()
                .setAttribute(
                        "title", e.type().eventClass().label() + ": " + e.type().description());
        title.setText(e.title());
        title.getElement().setAttribute("data-event", e.id().value());
        summary.setText(e.summary().orElse(""));
        Shown.when(summary, e.summary().isPresent());
        location.setText(e.location().orElse(""));
        Shown.when(locationRow, e.location().isPresent());
        score.setText(EventText.scoreOf(e));
        participants.show(e.participants());
        List<String> quoteTexts = e.quotes().stream()
                .map(q -> q.text() + "\u0000" + q.speaker().map(d::nameOf).orElse(""))
                .toList();
        if (!quoteTexts.equals(quotesShown)) {
            quotes.removeAll();
            e.quotes().forEach(q -> quotes.add(QuoteView.of(q, d)));
            quotesShown = quoteTexts;
        }
        Article article = d.sourceOf(e);
        if (!Objects.equals(article, sourceShown)) {
            source.removeAll();
            source.add(
                    new Span("Source: "),
                    SourceLink.of(article),
                    new Span(", published " + article.published().display()));
            sourceShown = article;
        }
    }

    private static NativeButton participant(ActorId actor, Consumer<ActorId> onActor) {
        NativeButton b = Names.directionAuto(new NativeButton("", click -> onActor.accept(actor)));
        b.addClassName("parley-participant");
        b.getElement().setAttribute("data-actor", actor.value());
        return b;
    }

    private void showParticipant(NativeButton b, Participant p) {
        b.setText(catalog.nameOf(p.actor()));
        b.getElement().setAttribute("title", p.role().key());
        b.addClassName("parley-role-" + p.role().key());
    }
}
