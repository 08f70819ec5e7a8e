package dev.parley.studio;

import dev.parley.actor.Actor;
import dev.parley.actor.Role;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.dataset.Problem;
import dev.parley.event.Article;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * An article to enter through the studio, read from its YAML file with the project's own reader: the file is loaded
 * by {@link DatasetLoader} into a data directory as it would be with the file in it (and with the article's new
 * actors appended to {@code actors.yaml} as the studio appends them), so it is checked with the validator's rules
 * before anything is typed, and its form is made as the studio makes one when it opens an article for editing
 * ({@link ArticleYaml#formOf}, events in the file's order).
 *
 * @param article the form to type, field by field
 * @param newActors the actors the data does not have yet, to enter through the new-actor form, in the order of the
 *     new-actors file
 * @param labels the name the studio's pickers show for every actor the article names (a new one's with " (new)")
 * @param expectedFile the article file the studio's writer makes from the form: what the saved file must hold
 */
public record ArticleEntry(
        ArticleForm article, List<ActorForm> newActors, Map<String, String> labels, String expectedFile) {
    public ArticleEntry {
        newActors = List.copyOf(newActors);
        labels = Map.copyOf(labels);
    }

    /**
     * Reads an article file.
     *
     * @param dataDir the data directory of the Parley the article is entered into (its {@code actors.yaml} says which
     *     actors are known)
     * @param newActorsFile a file in the format of {@code actors.yaml} with the actors to enter as new ones when the
     *     data does not have them yet; may be absent
     * @throws IllegalArgumentException with the validator's problems when the article does not load
     */
    public static ArticleEntry read(Path articleFile, Path dataDir, Optional<Path> newActorsFile) {
        String text = read(articleFile);
        String actorsText = read(dataDir.resolve(StudioCheck.ActorsFile.NAME));
        Set<String> known = ids(actorsText);
        List<ActorForm> candidates = newActorsFile.map(f -> actorForms(read(f))).orElse(List.of()).stream()
                .filter(a -> !known.contains(a.id()))
                .toList();
        Set<String> named = named(text, candidates);
        List<ActorForm> newOnes =
                candidates.stream().filter(a -> named.contains(a.id())).toList();
        String relative = "articles/" + articleFile.getFileName();
        Map<String, Optional<String>> overlay = new LinkedHashMap<>();
        overlay.put(relative, Optional.of(text));
        overlay.put(StudioCheck.ActorsFile.NAME, Optional.of(ActorsYaml.append(actorsText, newOnes)));
        LoadResult loaded = new DatasetLoader().load(dataDir, overlay);
        Dataset dataset = loaded.dataset()
                .orElseThrow(() -> new IllegalArgumentException(articleFile + " does not load: "
                        + loaded.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
        Article article = dataset.articles().stream()
                .filter(a -> a.file().equals(relative))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(articleFile + " holds no article"));
        List<Event> events = ArticleYaml.eventOrder(text).stream()
                .map(e -> dataset.event(EventId.of(e)).orElseThrow())
                .toList();
        ArticleForm form = ArticleYaml.formOf(article, events);
        Set<String> newIds = newOnes.stream().map(ActorForm::id).collect(Collectors.toSet());
        List<ActorForm> typed = dataset.actors().stream()
                .filter(a -> newIds.contains(a.id().value()))
                .map(ArticleEntry::form)
                .toList();
        List<ActorForm> inFileOrder = newOnes.stream()
                .map(n -> typed.stream()
                        .filter(t -> t.id().equals(n.id()))
                        .findFirst()
                        .orElseThrow())
                .toList();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Actor a : dataset.actors()) {
            String id = a.id().value();
            labels.put(id, newIds.contains(id) ? a.name() + " (new)" : a.name());
        }
        return new ArticleEntry(form, inFileOrder, labels, ArticleYaml.write(form));
    }

    /** The actor ids the article's text and the new actors' roles name: new actors are entered only when used. */
    private static Set<String> named(String articleText, List<ActorForm> candidates) {
        Set<String> named = new LinkedHashSet<>();
        Object root = new Load(LoadSettings.builder().build()).loadFromString(articleText);
        List<?> events = root instanceof Map<?, ?> m && m.get("events") instanceof List<?> l ? l : List.of();
        for (Object o : events) {
            if (!(o instanceof Map<?, ?> event)) {
                continue;
            }
            for (String list : List.of("participants", "quotes")) {
                if (event.get(list) instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> fields) {
                            for (String key : List.of("actor", "speaker")) {
                                if (fields.get(key) != null) {
                                    named.add(String.valueOf(fields.get(key)));
                                }
                            }
                        }
                    }
                }
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ActorForm a : candidates) {
                if (named.contains(a.id())) {
                    for (RoleForm r : a.roles()) {
                        grew |= !r.of().isEmpty() && named.add(r.of());
                    }
                }
            }
        }
        return named;
    }

    private static ActorForm form(Actor a) {
        return new ActorForm(
                a.id().value(),
                a.name(),
                a.kind().key(),
                a.aliases(),
                a.description().orElse(""),
                a.roles().stream().map(ArticleEntry::role).toList());
    }

    private static RoleForm role(Role r) {
        return new RoleForm(
                r.title(),
                r.of().map(o -> o.value()).orElse(""),
                r.from().map(d -> d.iso()).orElse(""),
                r.to().map(d -> d.iso()).orElse(""));
    }

    /** The actors of a file in the format of {@code actors.yaml}, as written (the loader checks them after). */
    static List<ActorForm> actorForms(String actorsYaml) {
        List<ActorForm> forms = new ArrayList<>();
        for (Map<?, ?> a : items(actorsYaml)) {
            List<RoleForm> roles = new ArrayList<>();
            if (a.get("roles") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> r) {
                        roles.add(new RoleForm(
                                text(r.get("title")), text(r.get("of")), text(r.get("from")), text(r.get("to"))));
                    }
                }
            }
            List<String> aliases = a.get("aliases") instanceof List<?> list
                    ? list.stream().map(ArticleEntry::text).toList()
                    : List.of();
            forms.add(new ActorForm(
                    text(a.get("id")),
                    text(a.get("name")),
                    text(a.get("kind")),
                    aliases,
                    text(a.get("description")),
                    roles));
        }
        return forms;
    }

    private static Set<String> ids(String actorsYaml) {
        return items(actorsYaml).stream().map(a -> text(a.get("id"))).collect(Collectors.toSet());
    }

    private static List<Map<?, ?>> items(String actorsYaml) {
        Object root = new Load(LoadSettings.builder()
                        .setCodePointLimit(50 * 1024 * 1024)
                        .build())
                .loadFromString(actorsYaml);
        List<Map<?, ?>> items = new ArrayList<>();
        if (root instanceof Map<?, ?> map && map.get("actors") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    items.add(m);
                }
            }
        }
        return items;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
