package dev.parley.studio.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import dev.parley.actor.ActorId;
import dev.parley.actor.ActorKind;
import dev.parley.studio.ActorForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The actors this article brings that {@code actors.yaml} does not have yet; saving appends them to it. The forms
 * are made again only when an actor or a role is added or removed.
 */
final class NewActorsPart extends Div implements DraftPart {
    private final UnaryOperator<String> idFromName;
    private final Function<String, Optional<ActorId>> similar;
    private final Consumer<DraftIntent> intents;
    private final Div forms = new Div();
    private final List<ActorFormPart> parts = new ArrayList<>();
    private List<Integer> shape = null;

    NewActorsPart(
            UnaryOperator<String> idFromName,
            Function<String, Optional<ActorId>> similar,
            Consumer<DraftIntent> intents) {
        this.idFromName = idFromName;
        this.similar = similar;
        this.intents = intents;
        setId("studio-new-actors");
        Button add = new Button(
                "Add new actor",
                e -> intents.accept(new DraftIntent.Edit(d -> Edits.newActors(
                        d,
                        l -> Edits.append(
                                l, new ActorForm("", "", ActorKind.PERSON.key(), List.of(), "", List.of()))))));
        add.setId("add-new-actor");
        add(
                new H3("New actors"),
                Fields.hint("Only for actors the data does not know yet: pick known ones in the " + "events."),
                forms,
                add);
    }

    @Override
    public void show(DraftScene scene) {
        List<ActorForm> actors = scene.draft().newActors();
        List<Integer> next = actors.stream().map(a -> a.roles().size()).toList();
        if (!next.equals(shape)) {
            shape = next;
            forms.removeAll();
            parts.clear();
            for (int i = 0; i < actors.size(); i++) {
                ActorFormPart part = new ActorFormPart(i, actors.get(i), scene.choices(), idFromName, similar, intents);
                parts.add(part);
                forms.add(part);
            }
            return;
        }
        for (int i = 0; i < actors.size(); i++) {
            parts.get(i).show(actors.get(i), scene.choices());
        }
    }
}
