package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.parley.studio.Draft;
import dev.parley.studio.EventForm;
import dev.parley.suggest.ActorMention;
import dev.parley.suggest.DateMention;
import dev.parley.suggest.NewName;
import dev.parley.suggest.QuoteCandidate;
import dev.parley.suggest.TextSuggestions;
import dev.parley.suggest.TypeSuggestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * What the studio found in the pasted text, each to accept into the event chosen in "Add to event" or to dismiss.
 * Nothing is applied on its own; a dismissed suggestion stays dismissed in the draft, and one already applied to the
 * chosen event (the actor takes part, the quote is there) is not offered again.
 */
final class SuggestionsPart extends Div implements DraftPart {
    private final Consumer<DraftIntent> intents;
    private final UnaryOperator<String> idFromName;
    private final Select<Integer> target = new Select<>();
    private final Div list = new Div();
    private DraftScene scene;
    private Object shown;
    /** The cards on screen by suggestion: a card that stays keeps its component, so a click on it is never lost. */
    private Map<Object, SuggestionCard> cards = Map.of();

    private Map<Object, SuggestionCard> next = new HashMap<>();

    SuggestionsPart(UnaryOperator<String> idFromName, Consumer<DraftIntent> intents) {
        this.intents = intents;
        this.idFromName = idFromName;
        setId("studio-suggestions");
        target.setLabel("Add to event");
        target.setId("suggestions-target");
        target.addValueChangeListener(e -> {
            if (scene != null) {
                render(true);
            }
        });
        list.setId("suggestions-list");
        add(
                new H3("Suggestions"),
                Fields.hint("Found in the text. Accept adds to the event chosen here; nothing is "
                        + "added until you accept it."),
                target,
                list);
    }

    @Override
    public void show(DraftScene next) {
        scene = next;
        List<EventForm> events = next.draft().article().events();
        List<Integer> indexes =
                IntStream.range(0, Math.max(1, events.size())).boxed().toList();
        if (!indexes.equals(target.getListDataView().getItems().toList())) {
            Integer chosen = target.getValue();
            target.setItems(indexes);
            target.setValue(chosen != null && chosen < indexes.size() ? chosen : 0);
        }
        target.setItemLabelGenerator(
                i -> i < events.size() && !events.get(i).title().isEmpty()
                        ? "Event " + (i + 1) + ": " + events.get(i).title()
                        : "Event " + (i + 1));
        render(false);
    }

    private int event() {
        return target.getValue() == null ? 0 : target.getValue();
    }

    /** Builds the cards again when what they show changed (not on every keystroke in another part). */
    private void render(boolean always) {
        Draft d = scene.draft();
        EventForm chosen =
                event() < d.article().events().size() ? d.article().events().get(event()) : EventForm.empty();
        Object now = List.of(scene.suggestions(), d.dismissed(), chosen, d.newActors(), scene.choices());
        if (!always && now.equals(shown)) {
            return;
        }
        shown = now;
        list.removeAll();
        next = new HashMap<>();
        TextSuggestions s = scene.suggestions();
        section(
                "Actors",
                s.actors().stream()
                        .filter(m -> offered(m.key())
                                && chosen.participants().stream()
                                        .noneMatch(
                                                p -> p.actor().equals(m.actor().value())))
                        .map(this::reuse)
                        .toList());
        section(
                "Possible new actors",
                s.newNames().stream()
                        .filter(n -> offered(n.key())
                                && d.newActors().stream()
                                        .noneMatch(a -> a.name().equals(n.name())))
                        .map(this::reuse)
                        .toList());
        section(
                "Dates",
                s.dates().stream()
                        .filter(m -> offered(m.key())
                                && !chosen.date().equals(m.date().iso()))
                        .map(this::reuse)
                        .toList());
        section(
                "Quotes",
                s.quotes().stream()
                        .filter(q -> offered(q.key())
                                && d.article().events().stream()
                                        .flatMap(e -> e.quotes().stream())
                                        .noneMatch(f -> f.text().equals(q.text())))
                        .map(this::reuse)
                        .toList());
        section(
                "Event types",
                s.types().stream()
                        .filter(t -> offered(t.key())
                                && !chosen.type().equals(t.type().key()))
                        .map(this::reuse)
                        .toList());
        cards = next;
        if (list.getChildren().findAny().isEmpty()) {
            list.add(Fields.hint(
                    d.text().isBlank()
                            ? "Paste the article's text to get suggestions."
                            : "No suggestions left for this event."));
        }
    }

    private boolean offered(String key) {
        return !scene.draft().dismissed().contains(key);
    }

    private void section(String heading, List<SuggestionCard> found) {
        if (!found.isEmpty()) {
            list.add(new H4(heading));
            found.forEach(list::add);
        }
    }

    private SuggestionCard reuse(Object suggestion) {
        SuggestionCard card = cards.get(suggestion);
        if (card == null) {
            card = switch (suggestion) {
                case ActorMention m -> card(m);
                case NewName n -> card(n);
                case DateMention m -> card(m);
                case QuoteCandidate q -> card(q);
                case TypeSuggestion t -> card(t);
                default -> throw new IllegalArgumentException("not a suggestion: " + suggestion);
            };
        }
        next.put(suggestion, card);
        return card;
    }

    private SuggestionCard card(ActorMention m) {
        String forms = m.forms().isEmpty() ? "" : " — as " + String.join(", ", m.forms());
        return card(
                m.key(),
                scene.choices().label(m.actor().value()) + forms + " (" + m.count() + "×)",
                m.sentences().stream().limit(3).toList(),
                d -> Accepting.actor(d, event(), m));
    }

    private SuggestionCard card(NewName n) {
        SuggestionCard card = card(
                n.key(),
                n.name(),
                n.sentences().stream().limit(3).toList(),
                d -> Accepting.newName(d, n, idFromName.apply(n.name())));
        n.similar().ifPresent(similar -> {
            String id = similar.value();
            Button use = new Button(
                    "Use " + scene.choices().label(id),
                    e -> edit(d -> Accepting.actor(d, event(), new ActorMention(similar, List.of(), List.of(), 1))));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div didYouMean = new Div(new Span("Did you mean " + scene.choices().label(id) + "? "), use);
            didYouMean.addClassName("studio-did-you-mean");
            card.addDetail(didYouMean);
        });
        return card;
    }

    private SuggestionCard card(DateMention m) {
        return card(
                m.key(),
                m.date().display() + " (" + m.date().precision().name().toLowerCase(java.util.Locale.ROOT) + ") — “"
                        + m.text() + "”",
                List.of(m.sentence()),
                d -> Accepting.date(d, event(), m));
    }

    private SuggestionCard card(QuoteCandidate q) {
        String speaker = q.speaker()
                .map(a -> scene.choices().label(a.value()))
                .or(() -> q.speakerName().map(n -> n + " (not a known actor)"))
                .orElse("no speaker found");
        return card(
                q.key(), "“" + q.text() + "” — " + speaker, List.of(q.sentence()), d -> Accepting.quote(d, event(), q));
    }

    private SuggestionCard card(TypeSuggestion t) {
        return card(
                t.key(),
                t.type().key() + ": " + t.type().description(),
                List.of("Words: " + String.join(", ", t.verbs())),
                d -> Accepting.type(d, event(), t));
    }

    private SuggestionCard card(String key, String headline, List<String> sentences, UnaryOperator<Draft> accept) {
        return new SuggestionCard(key, headline, sentences, () -> edit(accept), () -> edit(d -> Edits.dismiss(d, key)));
    }

    private void edit(UnaryOperator<Draft> change) {
        intents.accept(new DraftIntent.Edit(change));
    }
}
