package dev.parley.dataset;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Stops deeply nested input before the (recursive) composer builds it: {@code [[[[...]]]]} a million levels deep is
 * a few megabytes of text but would overflow the stack. The data format itself needs fewer than ten levels.
 */
final class DepthLimitingParser implements Parser {
    private final Parser delegate;
    private final int maxDepth;
    private int depth;

    DepthLimitingParser(Parser delegate, int maxDepth) {
        this.delegate = delegate;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return delegate.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    @Override
    public Event next() {
        Event event = delegate.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > maxDepth) {
                    throw new TooDeepException(event.getStartMark(), maxDepth);
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> {}
        }
        return event;
    }

    /** Thrown when the input nests lists and mappings deeper than allowed. */
    static final class TooDeepException extends RuntimeException {
        private final transient Optional<Mark> mark;

        TooDeepException(Optional<Mark> mark, int maxDepth) {
            super("lists and mappings are nested more than " + maxDepth + " levels deep");
            this.mark = mark;
        }

        Optional<Mark> mark() {
            return mark;
        }
    }
}
