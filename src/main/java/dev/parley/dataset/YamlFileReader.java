package dev.parley.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one YAML file into a node tree, safely: files are size-limited, aliases to lists and mappings are capped
 * (no "billion laughs"), nesting is capped, and no Java object is ever built from a tag (the node API only composes
 * nodes; any tag other than the standard ones is reported). Every failure becomes a {@link Problem}, never an
 * exception.
 */
final class YamlFileReader {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    static final int MAX_DEPTH = 50;

    private static final Set<Tag> STANDARD_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.ENV_TAG);

    private YamlFileReader() {}

    /** The document in {@code file}, or nothing when the file cannot be read as YAML (the reasons go to problems). */
    static Optional<Node> read(Path file, FileProblems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.addToFile(tooLarge(size));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.addToFile("the file disappeared while it was being read");
            return Optional.empty();
        } catch (IOException e) {
            problems.addToFile("cannot read the file: " + e);
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            problems.addToFile(tooLarge(bytes.length));
            return Optional.empty();
        }
        return decode(bytes, problems).flatMap(text -> compose(text, problems));
    }

    /**
     * The document in {@code text}, a file's content that is not (or not yet) on disk, such as a draft being checked;
     * the same limits apply as to a file of that many UTF-8 bytes.
     */
    static Optional<Node> read(String text, FileProblems problems) {
        long size = utf8Length(text);
        if (size > MAX_BYTES) {
            problems.addToFile(tooLarge(size));
            return Optional.empty();
        }
        return compose(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String tooLarge(long size) {
        return String.format(
                Locale.ROOT,
                "file too large: %.1f MB, the limit is %d MB",
                size / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024));
    }

    /** Strict UTF-8, with an optional byte-order mark; an invalid byte is reported with its line and column. */
    static Optional<String> decode(byte[] bytes, FileProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int lineStart = 0;
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
            problems.add(
                    line,
                    before.codePointCount(0, before.length()) + 1,
                    "not valid UTF-8 (byte 0x%02X): save the file with UTF-8 encoding".formatted(bytes[at] & 0xFF));
            return Optional.empty();
        }
        String text = out.flip().toString();
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static Optional<Node> compose(String text, FileProblems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.file())
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS)
                .setCodePointLimit(MAX_BYTES)
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .build();
        Optional<Node> root;
        try {
            var parser = new DepthLimitingParser(new ParserImpl(settings, new StreamReader(settings, text)), MAX_DEPTH);
            root = new Composer(settings, parser).getSingleNode();
        } catch (DepthLimitingParser.TooDeepException e) {
            problems.add(e.mark(), "", e.getMessage());
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            problems.add(e.getProblemMark().or(e::getContextMark), "", syntaxMessage(e));
            return Optional.empty();
        } catch (ReaderException e) {
            reportAt(
                    text,
                    e.getPosition(),
                    "character U+%04X is not allowed in YAML".formatted(e.getCodePoint()),
                    problems);
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.addToFile(engineMessage(e));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            problems.addToFile("the file is empty");
            return Optional.empty();
        }
        checkTags(root.get(), problems);
        return root;
    }

    private static String syntaxMessage(MarkedYamlEngineException e) {
        if (String.valueOf(e.getContext()).contains("single document")) {
            return "a data file holds one YAML document: remove the '---' line and what follows, or move it to its"
                    + " own file";
        }
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        if (!context.isEmpty()
                && e.getContextMark().isPresent()
                && e.getProblemMark().isPresent()
                && e.getContextMark().get().getLine()
                        != e.getProblemMark().get().getLine()) {
            Mark start = e.getContextMark().get();
            context += " that starts at line " + (start.getLine() + 1) + ", column " + (start.getColumn() + 1);
        }
        if (problem.isEmpty()) {
            return "invalid YAML: " + context;
        }
        return "invalid YAML: " + problem + (context.isEmpty() ? "" : " (" + context + ")");
    }

    private static String engineMessage(YamlEngineException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("aliases")) {
            return "too many aliases: at most " + MAX_ALIASES_FOR_COLLECTIONS
                    + " reused lists or mappings are allowed in one file";
        }
        if (message.contains("exceeds the limit")) {
            return "file too large: the limit is " + MAX_BYTES / (1024 * 1024) + " MB";
        }
        return "invalid YAML: " + message;
    }

    private static void reportAt(String text, int codePointIndex, String message, FileProblems problems) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            index++;
        }
        problems.add(line, column, message);
    }

    /**
     * Reports every node with a tag the format does not use ({@code !!java.net.URL}, {@code !!binary}, ...). Lists and
     * mappings are visited once each, so shared (aliased) and recursive nodes cannot make this walk loop or explode. The tree is
     * still returned, so the rest of the file is checked too; the problem keeps the dataset from loading.
     */
    private static void checkTags(Node root, FileProblems problems) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(root, null, null, -1));
        while (!todo.isEmpty()) {
            Visit visit = todo.pop();
            Node node = visit.node();
            // Only lists and mappings can be shared or recursive; a repeated text is just visited again.
            boolean collection = node instanceof MappingNode || node instanceof SequenceNode;
            if (collection && !seen.add(node)) {
                continue;
            }
            if (!STANDARD_TAGS.contains(node.getTag())) {
                problems.add(
                        node,
                        visit.path(),
                        "unsupported tag '" + shortTag(node.getTag())
                                + "': data files use plain text, lists and mappings only");
            }
            if (node instanceof MappingNode mapping) {
                List<NodeTuple> tuples = mapping.getValue();
                for (int i = tuples.size() - 1; i >= 0; i--) {
                    NodeTuple tuple = tuples.get(i);
                    String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                    todo.push(new Visit(tuple.getValueNode(), visit, key, -1));
                    todo.push(new Visit(tuple.getKeyNode(), visit.parent(), visit.key(), visit.index()));
                }
            } else if (node instanceof SequenceNode sequence) {
                List<Node> items = sequence.getValue();
                for (int i = items.size() - 1; i >= 0; i--) {
                    todo.push(new Visit(items.get(i), visit, null, i));
                }
            }
        }
    }

    /**
     * A node to check and where it sits: its path is spelled out only for a problem, since building one for every
     * node of a 10,000-event data directory took a noticeable share of a load.
     */
    private record Visit(Node node, Visit parent, String key, int index) {
        String path() {
            if (parent == null) {
                return "";
            }
            String above = parent.path();
            return key != null ? YamlMap.child(above, key) : YamlMap.index(above, index);
        }
    }

    private static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
