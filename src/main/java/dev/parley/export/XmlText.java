package dev.parley.export;

import dev.parley.event.EventId;
import dev.parley.network.Connection;
import dev.parley.network.ConnectionKind;
import dev.parley.network.Direction;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text forms the network exports share. */
final class XmlText {
    private XmlText() {}

    /**
     * The text with line breaks, tabs and other characters XML 1.0 cannot hold (C0 controls, unpaired surrogates,
     * U+FFFE/U+FFFF) replaced by a space: an XML reader turns line breaks in attributes into spaces anyway.
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedSurrogate = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedSurrogate) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String kind(ConnectionKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The connection's events, newest first, joined by {@code ;}. */
    static String events(Connection connection) {
        return connection.events().stream().map(EventId::value).collect(Collectors.joining(";"));
    }

    /**
     * Which way initiator-to-recipient events run between the edge's source ({@code a}) and target ({@code b}):
     * {@code none}, {@code source_to_target}, {@code target_to_source} or {@code both}.
     */
    static String direction(Direction direction) {
        return switch (direction) {
            case NONE -> "none";
            case A_TO_B -> "source_to_target";
            case B_TO_A -> "target_to_source";
            case BOTH -> "both";
        };
    }
}
