package dev.parley.dataset;

import dev.parley.event.Cameo;
import dev.parley.event.CameoCode;
import dev.parley.event.EventType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * An event's optional {@code cameo} field: a finer CAMEO code that must be known and lie under one of the roots of the
 * event's type. The code is the scalar's text exactly as written, so a bare {@code 0874} keeps its leading zero even
 * though YAML would read it as the number 874.
 */
final class CameoField {
    static final String KEY = "cameo";
    private static final Pattern WELL_FORMED = Pattern.compile("\\d{2,4}");

    private CameoField() {}

    /**
     * The event's code, or empty when the field is absent or wrong; a wrong one is reported at its value.
     *
     * @param type the event's type when it could be read; without it the code is only checked to exist
     */
    static Optional<CameoCode> read(YamlMap map, Optional<EventType> type) {
        Optional<Node> node = map.node(KEY);
        Optional<String> text = map.optionalText(KEY);
        if (node.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        String written = text.get();
        if (!WELL_FORMED.matcher(written).matches()) {
            problem(
                    map,
                    node.get(),
                    "'" + YamlMap.shorten(written) + "' is not a CAMEO code: a code is 2 to 4 digits, such as \"163\"");
            return Optional.empty();
        }
        Optional<CameoCode> code = Cameo.code(written);
        if (code.isEmpty()) {
            problem(map, node.get(), "unknown CAMEO code '" + written + "'" + nearCodes(written));
            return Optional.empty();
        }
        if (type.isPresent() && !type.get().allows(code.get())) {
            problem(map, node.get(), contradiction(code.get(), type.get()));
            return Optional.empty();
        }
        return code;
    }

    private static void problem(YamlMap map, Node node, String message) {
        map.problems().add(node, map.path(KEY), message);
    }

    /**
     * The known codes one level below the longest known start of the code ("169" → the codes under 16), or that
     * start itself when it has none ("1634" → 163), so a curator sees at a glance where the code went wrong.
     */
    private static String nearCodes(String written) {
        for (int length = written.length() - 1; length >= 2; length--) {
            Optional<CameoCode> start = Cameo.code(written.substring(0, length));
            if (start.isEmpty()) {
                continue;
            }
            int below = length + 1;
            List<String> children = Cameo.codes().stream()
                    .map(CameoCode::code)
                    .filter(c -> c.length() == below && c.startsWith(start.get().code()))
                    .toList();
            return children.isEmpty()
                    ? " (did you mean " + named(start.get()) + "?)"
                    : "; known codes under " + named(start.get()) + ": " + String.join(", ", children);
        }
        return "; CAMEO codes start with a root category from 01 to 20";
    }

    private static String contradiction(CameoCode code, EventType type) {
        List<String> fits = Arrays.stream(EventType.values())
                .filter(t -> t.allows(code))
                .map(t -> "'" + t.key() + "'")
                .toList();
        return "CAMEO code " + named(code) + " does not fit type '" + type.key() + "': type '" + type.key()
                + "' takes CAMEO codes under " + roots(type) + "; " + code.code() + " fits type "
                + String.join(" or ", fits);
    }

    /** "16 (Reduce relations)", or "11 (Disapprove), 09 (Investigate) or 10 (Demand)". */
    private static String roots(EventType type) {
        List<String> roots = type.cameoRoots().stream()
                .map(root -> named(Cameo.code(root).orElseThrow()))
                .toList();
        if (roots.size() == 1) {
            return roots.getFirst();
        }
        return String.join(", ", roots.subList(0, roots.size() - 1)) + " or " + roots.getLast();
    }

    private static String named(CameoCode code) {
        return code.code() + " (" + code.name() + ")";
    }
}
