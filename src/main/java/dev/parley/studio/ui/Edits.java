package dev.parley.studio.ui;

import dev.parley.studio.ActorForm;
import dev.parley.studio.ArticleForm;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.QuoteForm;
import dev.parley.studio.RoleForm;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Pure changes of a {@link Draft} and its forms, one field at a time: the studio's parts describe what the curator
 * did with these, and the draft view applies them to the one draft it owns. The form records belong to the studio's
 * service API and have no withers for every field, so the copies are made here, one constructor call a record: a
 * field is set by naming it, and the components no edit touches are copied in one place.
 */
final class Edits {
    private Edits() {}

    static Draft text(Draft d, String text) {
        return copy(d, text, d.article(), d.newActors(), d.dismissed());
    }

    static Draft article(Draft d, UnaryOperator<ArticleForm> change) {
        return copy(d, d.text(), change.apply(d.article()), d.newActors(), d.dismissed());
    }

    static Draft newActors(Draft d, UnaryOperator<List<ActorForm>> change) {
        return copy(d, d.text(), d.article(), change.apply(d.newActors()), d.dismissed());
    }

    static Draft dismiss(Draft d, String key) {
        var dismissed = new LinkedHashSet<>(d.dismissed());
        dismissed.add(key);
        return copy(d, d.text(), d.article(), d.newActors(), dismissed);
    }

    /** The draft with the parts a curator edits replaced; its identity, origin and time stay. */
    private static Draft copy(
            Draft d, String text, ArticleForm article, List<ActorForm> newActors, Set<String> dismissed) {
        return new Draft(
                d.id(),
                d.curator(),
                d.editing(),
                d.fingerprint(),
                d.original(),
                text,
                article,
                newActors,
                dismissed,
                d.updated());
    }

    /** Changes event {@code index}; a draft without that event is returned as it is. */
    static Draft event(Draft d, int index, UnaryOperator<EventForm> change) {
        return article(d, a -> a.withEvents(replace(a.events(), index, change)));
    }

    static Draft actor(Draft d, int index, UnaryOperator<ActorForm> change) {
        return newActors(d, list -> replace(list, index, change));
    }

    static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        if (index < 0 || index >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return List.copyOf(copy);
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return List.copyOf(copy);
    }

    static <T> List<T> remove(List<T> list, int index) {
        if (index < 0 || index >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return List.copyOf(copy);
    }

    static ArticleForm articleField(ArticleForm a, ArticleField field, String value) {
        Objects.requireNonNull(field, "field");
        return new ArticleForm(
                field == ArticleField.ID ? value : a.id(),
                field == ArticleField.TITLE ? value : a.title(),
                field == ArticleField.OUTLET ? value : a.outlet(),
                field == ArticleField.URL ? value : a.url(),
                field == ArticleField.PUBLISHED ? value : a.published(),
                field == ArticleField.NOTE ? value : a.note(),
                a.events());
    }

    static EventForm eventField(EventForm e, EventField field, String value) {
        Objects.requireNonNull(field, "field");
        return new EventForm(
                field == EventField.ID ? value : e.id(),
                field == EventField.DATE ? value : e.date(),
                field == EventField.END ? value : e.end(),
                field == EventField.TITLE ? value : e.title(),
                field == EventField.TYPE ? value : e.type(),
                field == EventField.CAMEO ? value : e.cameo(),
                field == EventField.SUMMARY ? value : e.summary(),
                field == EventField.LOCATION ? value : e.location(),
                e.participants(),
                e.quotes());
    }

    static EventForm participants(EventForm e, UnaryOperator<List<ParticipantForm>> change) {
        return copy(e, change.apply(e.participants()), e.quotes());
    }

    static EventForm quotes(EventForm e, UnaryOperator<List<QuoteForm>> change) {
        return copy(e, e.participants(), change.apply(e.quotes()));
    }

    /** The event with its lists replaced. */
    private static EventForm copy(EventForm e, List<ParticipantForm> participants, List<QuoteForm> quotes) {
        return new EventForm(
                e.id(),
                e.date(),
                e.end(),
                e.title(),
                e.type(),
                e.cameo(),
                e.summary(),
                e.location(),
                participants,
                quotes);
    }

    static ActorForm actorField(ActorForm a, ActorField field, String value) {
        Objects.requireNonNull(field, "field");
        return new ActorForm(
                field == ActorField.ID ? value : a.id(),
                field == ActorField.NAME ? value : a.name(),
                field == ActorField.KIND ? value : a.kind(),
                field == ActorField.ALIASES ? List.of(value.split(",")) : a.aliases(),
                field == ActorField.DESCRIPTION ? value : a.description(),
                a.roles());
    }

    static ActorForm roles(ActorForm a, UnaryOperator<List<RoleForm>> change) {
        return new ActorForm(a.id(), a.name(), a.kind(), a.aliases(), a.description(), change.apply(a.roles()));
    }

    enum ArticleField {
        ID,
        TITLE,
        OUTLET,
        URL,
        PUBLISHED,
        NOTE
    }

    enum EventField {
        ID,
        DATE,
        END,
        TITLE,
        TYPE,
        CAMEO,
        SUMMARY,
        LOCATION
    }

    enum ActorField {
        ID,
        NAME,
        KIND,
        ALIASES,
        DESCRIPTION
    }
}
