package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import dev.parley.actor.ActorDirectory;
import dev.parley.actor.ActorId;
import dev.parley.actor.Role;
import dev.parley.base.ui.Names;
import dev.parley.explorer.ui.ExplorerIntent.SelectActor;
import java.util.Optional;
import java.util.function.Consumer;

/** One role of an actor: its title, the actor it is held in (which selects that actor) and its period. */
class RoleRow extends ListItem {
    private final Span title = new Span();
    private final Span separator = new Span(", ");
    private final NativeButton of;
    private final Span period = new Span();
    private Optional<ActorId> ofActor = Optional.empty();

    RoleRow(Consumer<ExplorerIntent> intents) {
        of = Names.directionAuto(
                new NativeButton("", click -> ofActor.map(SelectActor::new).ifPresent(intents)));
        of.addClassName("parley-link");
        period.addClassName("parley-secondary");
        add(title, separator, of, period);
    }

    void show(Role r, ActorDirectory actors) {
        title.setText(r.title());
        ofActor = r.of();
        Shown.when(separator, ofActor.isPresent());
        Shown.when(of, ofActor.isPresent());
        of.setText(ofActor.map(actors::nameOf).orElse(""));
        ofActor.ifPresentOrElse(
                a -> of.getElement().setAttribute("data-actor", a.value()),
                () -> of.getElement().removeAttribute("data-actor"));
        String from = r.from().map(f -> f.display()).orElse("");
        String to = r.to().map(t -> t.display()).orElse("");
        Shown.when(period, !from.isEmpty() || !to.isEmpty());
        period.setText(Shown.is(period) ? " (" + (from.isEmpty() ? "?" : from) + " – " + to + ")" : "");
    }
}
