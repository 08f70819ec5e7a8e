package dev.parley.studio;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Adds new actors to {@code actors.yaml} by appending text: every existing byte (comments, order, formatting, the
 * curators' section headers) stays as it is, which no YAML emitter would guarantee. Appending is only done when the
 * {@code actors:} list is the last thing in the file; any other shape is refused rather than guessed at.
 */
public final class ActorsYaml {
    private static final Pattern ACTORS_KEY = Pattern.compile("actors:[ \\t]*(#.*)?");
    private static final Pattern ITEM = Pattern.compile("([ ]*)- .*|([ ]*)-");
    private static final int MAX_CODE_POINTS = 5 * 1024 * 1024;

    private ActorsYaml() {}

    /**
     * The file text with {@code actors} appended at the end of its {@code actors:} list, in the indentation of the
     * list's items.
     *
     * @throws IllegalStateException when the file's shape makes appending unsafe: no top-level {@code actors:} list
     *     in block style, or more top-level content after it
     */
    public static String append(String actorsYaml, List<ActorForm> actors) {
        String text = actorsYaml.isEmpty() || actorsYaml.endsWith("\n") ? actorsYaml : actorsYaml + "\n";
        if (actors.isEmpty()) {
            return text;
        }
        String indent = itemIndent(text);
        StringBuilder out = new StringBuilder(text);
        for (ActorForm actor : actors) {
            out.append(item(indent, actor));
        }
        String result = out.toString();
        int before = count(text);
        if (count(result) != before + actors.size()) {
            throw new IllegalStateException("cannot append to actors.yaml: the file's last actor does not end where"
                    + " the file ends; add the actors by hand");
        }
        return result;
    }

    /** The indentation of the list's items, after checking that the list is the file's last top-level content. */
    private static String itemIndent(String text) {
        List<String> lines = text.lines().toList();
        int key = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (topLevel(line)) {
                if (key >= 0 && !ITEM.matcher(line).matches()) {
                    throw new IllegalStateException("cannot append to actors.yaml safely: line " + (i + 1)
                            + " holds more top-level content after the actors: list; the list must come last");
                }
                if (ACTORS_KEY.matcher(line).matches()) {
                    key = i;
                } else if (key < 0 && !line.equals("---")) {
                    throw new IllegalStateException("cannot append to actors.yaml safely: line " + (i + 1)
                            + " is not the actors: list, which must be the file's only field");
                }
            }
        }
        if (key < 0) {
            throw new IllegalStateException("cannot append to actors.yaml safely: it has no 'actors:' line starting"
                    + " a list in block style");
        }
        for (String line : lines.subList(key + 1, lines.size())) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                return item.group(1) != null ? item.group(1) : item.group(2);
            }
        }
        return "  ";
    }

    /** A line that starts at the first column with content: a key, a list item at column 0, a document marker. */
    private static boolean topLevel(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#';
    }

    private static int count(String text) {
        Object root;
        try {
            root = new Load(LoadSettings.builder()
                            .setCodePointLimit(MAX_CODE_POINTS)
                            .build())
                    .loadFromString(text);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "cannot append to actors.yaml: it is not valid YAML now (" + e.getMessage() + "); fix it first");
        }
        if (root instanceof Map<?, ?> map && map.get("actors") instanceof List<?> list) {
            return list.size();
        }
        if (root instanceof Map<?, ?> map && map.containsKey("actors") && map.get("actors") == null) {
            return 0;
        }
        throw new IllegalStateException("cannot append to actors.yaml safely: its actors field is not a list");
    }

    private static String item(String indent, ActorForm actor) {
        String in = indent + "  ";
        ArticleYaml.Lines fields = new ArticleYaml.Lines();
        fields.field(in, "id", actor.id(), YamlText::word);
        fields.field(in, "name", actor.name(), YamlText::quoted);
        fields.field(in, "kind", actor.kind(), YamlText::word);
        if (!actor.aliases().isEmpty()) {
            fields.line(in + "aliases: ["
                    + String.join(
                            ", ", actor.aliases().stream().map(YamlText::quoted).toList())
                    + "]");
        }
        fields.field(in, "description", actor.description(), YamlText::quoted);
        if (!actor.roles().isEmpty()) {
            fields.line(in + "roles:");
            for (RoleForm role : actor.roles()) {
                String roleIn = in + "    ";
                ArticleYaml.Lines roleFields = new ArticleYaml.Lines();
                roleFields.field(roleIn, "title", role.title(), YamlText::quoted);
                roleFields.field(roleIn, "of", role.of(), YamlText::word);
                roleFields.field(roleIn, "from", role.from(), YamlText::date);
                roleFields.field(roleIn, "to", role.to(), YamlText::date);
                fields.item(in + "  ", roleFields);
            }
        }
        ArticleYaml.Lines item = new ArticleYaml.Lines();
        item.item(indent, fields);
        return item.toString();
    }
}
