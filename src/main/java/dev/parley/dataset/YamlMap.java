package dev.parley.dataset;

import dev.parley.base.Ids;
import dev.parley.base.PartialDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read against the fields a record allows. Creating one reports duplicate keys and unknown fields
 * (with a suggestion); each getter reports a missing, empty or mistyped value at the node where it was written and
 * returns empty, so a reader can go on and collect every problem of a file in one pass.
 */
final class YamlMap {
    private static final Pattern WEB_URL = Pattern.compile("https?://\\S+");

    private final MappingNode node;
    private final String path;
    private final FileProblems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    /** Fields an unknown key was probably meant to be: their absence is already reported as that typo. */
    private final Set<String> suggested = new HashSet<>();

    private YamlMap(MappingNode node, String path, FileProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Reads {@code node} as a mapping with the given fields.
     *
     * @param what what the mapping stands for, for messages ("an event")
     */
    static Optional<YamlMap> of(Node node, String path, String what, List<String> fields, FileProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(node, path, "expected " + what + " (a mapping of fields), found " + describe(node));
            return Optional.empty();
        }
        YamlMap map = new YamlMap(mapping, path, problems);
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                problems.add(keyNode, path, "a field name must be a plain word, found " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            String keyPath = child(path, key);
            if (keys.containsKey(key)) {
                problems.add(
                        keyNode,
                        keyPath,
                        "duplicate key '" + key + "' (first at " + FileProblems.lineOf(keys.get(key)) + ")");
            } else if (!fields.contains(key)) {
                keys.put(key, keyNode);
                Optional<String> suggestion = Suggestions.closest(key, fields);
                suggestion.ifPresent(map.suggested::add);
                problems.add(
                        keyNode,
                        keyPath,
                        "unknown field '" + key + "'"
                                + suggestion
                                        .map(s -> " (did you mean '" + s + "'?)")
                                        .orElse("; known fields: " + String.join(", ", fields)));
            } else {
                keys.put(key, keyNode);
                map.values.put(key, tuple.getValueNode());
            }
        }
        return Optional.of(map);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** "a list", "a mapping", "nothing" or the text, for messages. */
    static String describe(Node node) {
        return switch (node) {
            case SequenceNode s -> "a list";
            case MappingNode m -> "a mapping";
            case ScalarNode s when s.getTag().equals(Tag.NULL) -> "nothing";
            case ScalarNode s -> "'" + shorten(s.getValue()) + "'";
            default -> "something else";
        };
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    String path(String key) {
        return child(path, key);
    }

    FileProblems problems() {
        return problems;
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(values.get(key));
    }

    private Optional<Node> require(String key) {
        Node value = values.get(key);
        if (value == null && !suggested.contains(key)) {
            problems.add(node, path, "missing required field '" + key + "'");
        }
        return Optional.ofNullable(value);
    }

    /** Text kept exactly as written; it must not be empty or only spaces. */
    Optional<String> requiredText(String key) {
        return require(key).flatMap(v -> text(v, path(key), true));
    }

    /** Like {@link #requiredText}, but an absent field is fine. */
    Optional<String> optionalText(String key) {
        return node(key).flatMap(v -> text(v, path(key), false));
    }

    private Optional<String> text(Node value, String valuePath, boolean required) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(value, valuePath, "expected text, found " + describe(value));
            return Optional.empty();
        }
        if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
            problems.add(
                    value,
                    valuePath,
                    required
                            ? "must not be empty"
                            : "must not be empty (leave the field out when there is nothing to say)");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue());
    }

    /** An id such as {@code vladimir-putin}. */
    Optional<String> requiredId(String key) {
        return requiredText(key).filter(id -> {
            if (!Ids.isValid(id)) {
                problems.add(
                        values.get(key),
                        path(key),
                        "'" + shorten(id) + "' is not a valid id: use lowercase"
                                + " letters, digits and single hyphens, such as 'vladimir-putin'" + idSuggestion(id));
                return false;
            }
            return true;
        });
    }

    private static String idSuggestion(String id) {
        String slug = Suggestions.slug(id);
        return Ids.isValid(slug) ? " (did you mean '" + slug + "'?)" : "";
    }

    Optional<PartialDate> requiredDate(String key) {
        return require(key).flatMap(v -> date(v, path(key)));
    }

    Optional<PartialDate> optionalDate(String key) {
        return node(key).flatMap(v -> date(v, path(key)));
    }

    private Optional<PartialDate> date(Node value, String valuePath) {
        Optional<String> text = text(value, valuePath, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PartialDate.parse(text.get()));
        } catch (IllegalArgumentException e) {
            problems.add(value, valuePath, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * One word of a fixed vocabulary, such as an event type.
     *
     * @param noun what the word names, for messages ("event type")
     */
    <E extends Enum<E>> Optional<E> requiredChoice(String key, E[] choices, Function<E, String> word, String noun) {
        return require(key).flatMap(v -> choice(v, path(key), choices, word, noun));
    }

    <E extends Enum<E>> Optional<E> optionalChoice(String key, E[] choices, Function<E, String> word, String noun) {
        return node(key).flatMap(v -> choice(v, path(key), choices, word, noun));
    }

    private <E extends Enum<E>> Optional<E> choice(
            Node value, String valuePath, E[] choices, Function<E, String> word, String noun) {
        Optional<String> text = text(value, valuePath, true);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> match = Arrays.stream(choices)
                .filter(c -> word.apply(c).equals(text.get()))
                .findFirst();
        if (match.isEmpty()) {
            List<String> words = Arrays.stream(choices).map(word).toList();
            problems.add(
                    value,
                    valuePath,
                    "unknown " + noun + " '" + shorten(text.get()) + "'"
                            + Suggestions.didYouMean(Suggestions.closest(text.get(), words))
                            + "; allowed: " + String.join(", ", words));
        }
        return match;
    }

    /** A link to a web page: {@code http://} or {@code https://} only, so no {@code javascript:} link reaches a view. */
    Optional<URI> optionalUrl(String key) {
        return node(key)
                .flatMap(v -> text(v, path(key), false).flatMap(text -> {
                    String notAllowed =
                            "'" + shorten(text) + "' is not a web link: only http:// and https:// URLs are allowed";
                    if (!WEB_URL.matcher(text).matches()) {
                        problems.add(v, path(key), notAllowed);
                        return Optional.empty();
                    }
                    try {
                        URI uri = new URI(text);
                        if (uri.getHost() == null) {
                            problems.add(
                                    v, path(key), "'" + shorten(text) + "' is not a valid URL: it has no host name");
                            return Optional.empty();
                        }
                        return Optional.of(uri);
                    } catch (URISyntaxException e) {
                        problems.add(
                                v,
                                path(key),
                                "'" + shorten(text) + "' is not a valid URL: " + e.getReason() + " at character "
                                        + (e.getIndex() + 1));
                        return Optional.empty();
                    }
                }));
    }

    /** The items of a list field that must be present. */
    Optional<List<Node>> requiredList(String key) {
        return require(key).flatMap(v -> list(v, path(key)));
    }

    /** The items of a list field; an absent field is an empty list. Empty when the value is not a list. */
    Optional<List<Node>> optionalList(String key) {
        Node value = values.get(key);
        return value == null ? Optional.of(List.of()) : list(value, path(key));
    }

    private Optional<List<Node>> list(Node value, String valuePath) {
        if (value instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        problems.add(value, valuePath, "expected a list, found " + describe(value));
        return Optional.empty();
    }

    /** A list of non-empty texts, such as aliases. Invalid items are reported and left out. */
    List<String> optionalTextList(String key) {
        List<Node> items = optionalList(key).orElse(List.of());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            text(items.get(i), index(path(key), i), true).ifPresent(texts::add);
        }
        return texts;
    }
}
