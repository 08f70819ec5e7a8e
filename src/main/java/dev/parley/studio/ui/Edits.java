package dev.parley.studio.ui;

import dev.parley.studio.ActorForm;
import dev.parley.studio.ArticleForm;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.studio.ParticipantForm;
import dev.parley.studio.QuoteForm;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Pure changes of a {@link Draft} and its forms, one field at a time: the studio's parts describe what the curator
 * did with these, and the draft view applies them to the one draft it owns. The form records have no withers of
 * their own (they belong to the studio's service API), so the copies are made here.
 */
final class Edits {
    private Edits() {}

    static Draft text(Draft d, String text) {
        return new Draft(
                d.id(),
                d.curator(),
                d.editing(),
                d.fingerprint(),
                d.original(),
                text,
                d.article(),
                d.newActors(),
                d.dismissed(),
                d.updated());
    }

    static Draft article(Draft d, UnaryOperator<ArticleForm> change) {
        return new Draft(
                d.id(),
                d.curator(),
                d.editing(),
                d.fingerprint(),
                d.original(),
                d.text(),
                change.apply(d.article()),
                d.newActors(),
                d.dismissed(),
                d.updated());
    }

    static Draft newActors(Draft d, UnaryOperator<List<ActorForm>> change) {
        return new Draft(
                d.id(),
                d.curator(),
                d.editing(),
                d.fingerprint(),
                d.original(),
                d.text(),
                d.article(),
                change.apply(d.newActors()),
                d.dismissed(),
                d.updated());
    }

    static Draft dismiss(Draft d, String key) {
        var dismissed = new LinkedHashSet<>(d.dismissed());
        dismissed.add(key);
        return new Draft(
                d.id(),
                d.curator(),
                d.editing(),
                d.fingerprint(),
                d.original(),
                d.text(),
                d.article(),
                d.newActors(),
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
        return switch (field) {
            case ID -> new ArticleForm(value, a.title(), a.outlet(), a.url(), a.published(), a.note(), a.events());
            case TITLE -> new ArticleForm(a.id(), value, a.outlet(), a.url(), a.published(), a.note(), a.events());
            case OUTLET -> new ArticleForm(a.id(), a.title(), value, a.url(), a.published(), a.note(), a.events());
            case URL -> new ArticleForm(a.id(), a.title(), a.outlet(), value, a.published(), a.note(), a.events());
            case PUBLISHED -> new ArticleForm(a.id(), a.title(), a.outlet(), a.url(), value, a.note(), a.events());
            case NOTE -> new ArticleForm(a.id(), a.title(), a.outlet(), a.url(), a.published(), value, a.events());
        };
    }

    static EventForm eventField(EventForm e, EventField field, String value) {
        return switch (field) {
            case ID ->
                new EventForm(
                        value,
                        e.date(),
                        e.end(),
                        e.title(),
                        e.type(),
                        e.cameo(),
                        e.summary(),
                        e.location(),
                        e.participants(),
                        e.quotes());
            case DATE ->
                new EventForm(
                        e.id(),
                        value,
                        e.end(),
                        e.title(),
                        e.type(),
                        e.cameo(),
                        e.summary(),
                        e.location(),
                        e.participants(),
                        e.quotes());
            case END ->
                new EventForm(
                        e.id(),
                        e.date(),
                        value,
                        e.title(),
                        e.type(),
                        e.cameo(),
                        e.summary(),
                        e.location(),
                        e.participants(),
                        e.quotes());
            case TITLE ->
                new EventForm(
                        e.id(),
                        e.date(),
                        e.end(),
                        value,
                        e.type(),
                        e.cameo(),
                        e.summary(),
                        e.location(),
                        e.participants(),
                        e.quotes());
            case TYPE ->
                new EventForm(
                        e.id(),
                        e.date(),
                        e.end(),
                        e.title(),
                        value,
                        e.cameo(),
                        e.summary(),
                        e.location(),
                        e.participants(),
                        e.quotes());
            case SUMMARY ->
                new EventForm(
                        e.id(),
                        e.date(),
                        e.end(),
                        e.title(),
                        e.type(),
                        e.cameo(),
                        value,
                        e.location(),
                        e.participants(),
                        e.quotes());
            case LOCATION ->
                new EventForm(
                        e.id(),
                        e.date(),
                        e.end(),
                        e.title(),
                        e.type(),
                        e.cameo(),
                        e.summary(),
                        value,
                        e.participants(),
                        e.quotes());
        };
    }

    static EventForm participants(EventForm e, UnaryOperator<List<ParticipantForm>> change) {
        return new EventForm(
                e.id(),
                e.date(),
                e.end(),
                e.title(),
                e.type(),
                e.cameo(),
                e.summary(),
                e.location(),
                change.apply(e.participants()),
                e.quotes());
    }

    static EventForm quotes(EventForm e, UnaryOperator<List<QuoteForm>> change) {
        return new EventForm(
                e.id(),
                e.date(),
                e.end(),
                e.title(),
                e.type(),
                e.cameo(),
                e.summary(),
                e.location(),
                e.participants(),
                change.apply(e.quotes()));
    }

    static ActorForm actorField(ActorForm a, ActorField field, String value) {
        return switch (field) {
            case ID -> new ActorForm(value, a.name(), a.kind(), a.aliases(), a.description(), a.roles());
            case NAME -> new ActorForm(a.id(), value, a.kind(), a.aliases(), a.description(), a.roles());
            case KIND -> new ActorForm(a.id(), a.name(), value, a.aliases(), a.description(), a.roles());
            case ALIASES ->
                new ActorForm(a.id(), a.name(), a.kind(), List.of(value.split(",")), a.description(), a.roles());
            case DESCRIPTION -> new ActorForm(a.id(), a.name(), a.kind(), a.aliases(), value, a.roles());
        };
    }

    static ActorForm roles(ActorForm a, UnaryOperator<List<dev.parley.studio.RoleForm>> change) {
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
