package dev.parley.bench;

import dev.parley.actor.Actor;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.suggest.ArticleAnalyser;
import dev.parley.suggest.TextSuggestions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Issue 13's figure: the studio's suggestions for a pasted 2,000-word text against the synthetic actors (2,000 in
 * {@code bench/run}), warm, on the server. The text is SYNTHETIC, generated here from the actors' names with dates,
 * quotations, speaking and event verbs, and a few unknown names, so that every finder has work to do. Usage: {@code
 * SuggestionBenchmark <data dir> <output dir>}; writes {@code suggest.properties}.
 */
public final class SuggestionBenchmark {
    static final int WORDS = 2_000;
    private static final int WARMUP = 30;
    private static final int RUNS = 60;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 2, 14);
    private static final String[] VERBS = {
        "met",
        "called",
        "called for",
        "sanctioned",
        "accused",
        "warned",
        "rejected",
        "praised",
        "urged",
        "pledged aid to",
        "released",
        "seized",
        "attacked",
        "expelled",
        "appointed",
        "signed a deal with"
    };
    private static final String[] WHEN = {
        "on Wednesday", "on Feb. 12", "last month", "in 2022", "yesterday", "on 3 February", "in January", "today"
    };
    private static final String[] UNKNOWN = {"Keir Starmer", "Marco Rubio", "Jane Doe", "Osama bin Laden"};

    private SuggestionBenchmark() {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        LoadResult result = new DatasetLoader().load(data);
        List<Actor> actors = result.dataset().orElseThrow().actors();
        String text = text(actors, new SplittableRandom(13));

        long t0 = System.nanoTime();
        ArticleAnalyser analyser = new ArticleAnalyser(actors);
        double build = (System.nanoTime() - t0) / 1e6;
        TextSuggestions last = null;
        for (int i = 0; i < WARMUP; i++) {
            last = analyser.analyse(text, PUBLISHED);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            last = analyser.analyse(text, PUBLISHED);
            times.add((System.nanoTime() - t) / 1e6);
        }
        Figures f = new Figures();
        f.put("suggest.median_ms", Figures.round1(Figures.median(times)));
        f.put("suggest.p95_ms", Figures.round1(Figures.percentile(times, 95)));
        f.put("suggest.build_ms", Figures.round1(build));
        f.put("suggest.words", text.split("\\s+").length);
        f.put("suggest.actors", actors.size());
        f.put("suggest.found_actors", last.actors().size());
        f.put("suggest.found_quotes", last.quotes().size());
        f.put("suggest.found_dates", last.dates().size());
        f.write(out.resolve("suggest.properties"));
        System.out.printf(
                "suggestions: median %.1f ms, p95 %.1f ms (%d words, %d actors; matcher built in %.0f ms)%n",
                Figures.median(times), Figures.percentile(times, 95), text.split("\\s+").length, actors.size(), build);
    }

    /** A SYNTHETIC article of about {@link #WORDS} words built from the actors' names. */
    static String text(List<Actor> actors, SplittableRandom random) {
        StringBuilder text = new StringBuilder("SYNTHETIC benchmark text, invented.\n\n");
        int words = 0;
        while (words < WORDS) {
            Actor a = actors.get(random.nextInt(actors.size()));
            Actor b = actors.get(random.nextInt(actors.size()));
            String name = a.aliases().isEmpty() || random.nextBoolean()
                    ? a.name()
                    : a.aliases().getFirst();
            String sentence = switch (random.nextInt(4)) {
                case 0 ->
                    name + " " + VERBS[random.nextInt(VERBS.length)] + " " + b.name() + " "
                            + WHEN[random.nextInt(WHEN.length)] + ".";
                case 1 ->
                    "“The talks were useful and will go on,” said " + name + " " + WHEN[random.nextInt(WHEN.length)]
                            + ".";
                case 2 ->
                    UNKNOWN[random.nextInt(UNKNOWN.length)] + " told reporters \"" + b.name()
                            + "'s offer is not enough\" after the meeting.";
                default ->
                    "According to " + name + ", the envoy of " + b.name() + " "
                            + VERBS[random.nextInt(VERBS.length)] + " the delegation "
                            + WHEN[random.nextInt(WHEN.length)] + ".";
            };
            text.append(sentence).append(random.nextInt(5) == 0 ? "\n\n" : " ");
            words += sentence.split("\\s+").length;
        }
        return text.toString();
    }
}
