package dev.parley.studio.ui;

import dev.parley.actor.Actor;
import dev.parley.studio.ActorForm;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The actors a picker offers, by id: the known ones and the draft's new ones, each found by its name, an alias or
 * its id, ignoring case and accents ("zelenskyy" finds Volodymyr Zelensky by his alias).
 */
record ActorChoices(List<String> ids, Map<String, String> labels, Map<String, String> searchText) {
    ActorChoices {
        ids = List.copyOf(ids);
        labels = Map.copyOf(labels);
        searchText = Map.copyOf(searchText);
    }

    static ActorChoices of(List<Actor> known, List<ActorForm> added) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> search = new LinkedHashMap<>();
        for (ActorForm a : added) {
            if (!a.id().isEmpty()) {
                labels.put(a.id(), (a.name().isEmpty() ? a.id() : a.name()) + " (new)");
                search.put(a.id(), fold(a.id() + " " + a.name() + " " + String.join(" ", a.aliases())));
            }
        }
        for (Actor a : known) {
            String id = a.id().value();
            labels.putIfAbsent(id, a.name());
            search.putIfAbsent(id, fold(id + " " + a.name() + " " + String.join(" ", a.aliases())));
        }
        return new ActorChoices(new ArrayList<>(labels.keySet()), labels, search);
    }

    /** The name shown for an id; an id no actor has is shown as it is, so the curator sees what the form holds. */
    String label(String id) {
        return labels.getOrDefault(id, id);
    }

    /** Whether the actor's name, an alias or its id contains the typed text. */
    boolean matches(String id, String typed) {
        return searchText.getOrDefault(id, fold(id)).contains(fold(typed.strip()));
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
