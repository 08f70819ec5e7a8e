package dev.parley.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the page's main thread spent one traced interval, from a Chromium performance trace (the categories DevTools
 * records for its Performance panel). Each complete event on the renderer's main thread is charged its own time (its
 * duration less that of the events nested in it), so the phases add up to the busy time and nothing counts twice.
 */
final class TraceBreakdown {
    /** What {@code Browser.startTracing} records. */
    static final List<String> CATEGORIES =
            List.of("devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute");

    /**
     * Phases in report order. An event is charged to the first phase whose exact names or name fragments match its
     * name (Blink's detailed events such as {@code LocalFrameView::performLayout} or
     * {@code CanvasRenderingContext2D::FinalizeFrame} by fragment); everything else is "other".
     */
    enum Phase {
        COMPILE(
                "script parse and compile",
                Set.of("v8.compile", "v8.compileModule", "V8.CompileCode", "v8.parseOnBackground"),
                Set.of("Compile")),
        GC("garbage collection", Set.of("MinorGC", "MajorGC"), Set.of("GC")),
        SCRIPT(
                "script run (JSON parse and setOption included)",
                Set.of(
                        "FunctionCall",
                        "EvaluateScript",
                        "TimerFire",
                        "EventDispatch",
                        "FireAnimationFrame",
                        "XHRReadyStateChange",
                        "XHRLoad",
                        "RunMicrotasks",
                        "FireIdleCallback"),
                Set.of("v8.", "V8.")),
        HTML("HTML parse", Set.of("ParseHTML"), Set.of()),
        STYLE_LAYOUT("style and layout", Set.of("UpdateLayoutTree"), Set.of("Layout", "Style", "style")),
        PAINT(
                "paint and composite",
                Set.of("Commit", "Layerize"),
                Set.of("Paint", "Composit", "Canvas", "Raster", "Layer")),
        OTHER("other (tasks, input, loading)", Set.of(), Set.of());

        final String label;
        private final Set<String> names;
        private final Set<String> fragments;

        Phase(String label, Set<String> names, Set<String> fragments) {
            this.label = label;
            this.names = names;
            this.fragments = fragments;
        }

        static Phase of(String name) {
            for (Phase p : values()) {
                if (p.names.contains(name) || p.fragments.stream().anyMatch(name::contains)) {
                    return p;
                }
            }
            return OTHER;
        }
    }

    private record Slice(String name, long start, long end) {}

    private TraceBreakdown() {}

    /** Milliseconds per phase on the busiest renderer main thread of the trace, in {@link Phase} order. */
    static Map<Phase, Double> of(byte[] trace) {
        JsonNode root = JsonMapper.builder().build().readTree(trace);
        JsonNode events = root.isArray() ? root : root.path("traceEvents");
        Map<String, String> threadNames = new HashMap<>();
        Map<String, List<Slice>> byThread = new HashMap<>();
        for (JsonNode e : events) {
            String thread = e.path("pid").asLong() + ":" + e.path("tid").asLong();
            String ph = e.path("ph").asString("");
            if (ph.equals("M") && e.path("name").asString("").equals("thread_name")) {
                threadNames.put(thread, e.path("args").path("name").asString(""));
            } else if (ph.equals("X") && e.has("dur")) {
                long start = e.path("ts").asLong();
                byThread.computeIfAbsent(thread, t -> new ArrayList<>())
                        .add(new Slice(
                                e.path("name").asString(""),
                                start,
                                start + e.path("dur").asLong()));
            }
        }
        List<Slice> main = byThread.entrySet().stream()
                .filter(t -> "CrRendererMain".equals(threadNames.get(t.getKey())))
                .map(Map.Entry::getValue)
                .max(Comparator.comparingLong(TraceBreakdown::outermostTime))
                .orElse(List.of());
        return selfTimes(main);
    }

    private static long outermostTime(List<Slice> slices) {
        long total = 0;
        long coveredUntil = Long.MIN_VALUE;
        for (Slice s : sorted(slices)) {
            if (s.start() >= coveredUntil) {
                total += s.end() - s.start();
                coveredUntil = s.end();
            }
        }
        return total;
    }

    private static List<Slice> sorted(List<Slice> slices) {
        // parents before their children: earlier start first, and the longer of two that start together
        return slices.stream()
                .sorted(Comparator.comparingLong(Slice::start)
                        .thenComparing(Comparator.comparingLong(Slice::end).reversed()))
                .toList();
    }

    private static Map<Phase, Double> selfTimes(List<Slice> slices) {
        Map<Phase, Double> micros = new LinkedHashMap<>();
        for (Phase p : Phase.values()) {
            micros.put(p, 0.0);
        }
        Deque<Slice> open = new ArrayDeque<>();
        Deque<long[]> childTime = new ArrayDeque<>();
        for (Slice s : sorted(slices)) {
            while (!open.isEmpty() && open.peek().end() <= s.start()) {
                close(open, childTime, micros);
            }
            if (!open.isEmpty() && s.end() > open.peek().end()) {
                continue; // overlaps its parent's end: malformed, left out rather than counted twice
            }
            open.push(s);
            childTime.push(new long[] {0});
        }
        while (!open.isEmpty()) {
            close(open, childTime, micros);
        }
        Map<Phase, Double> ms = new LinkedHashMap<>();
        micros.forEach((p, us) -> ms.put(p, Figures.round1(us / 1000)));
        return ms;
    }

    private static void close(Deque<Slice> open, Deque<long[]> childTime, Map<Phase, Double> micros) {
        Slice done = open.pop();
        long children = childTime.pop()[0];
        long duration = done.end() - done.start();
        micros.merge(Phase.of(done.name()), (double) (duration - children), Double::sum);
        if (!childTime.isEmpty()) {
            childTime.peek()[0] += duration;
        }
    }
}
