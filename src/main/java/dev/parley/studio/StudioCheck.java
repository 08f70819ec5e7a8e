package dev.parley.studio;

import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.dataset.Problem;
import dev.parley.suggest.Verbatim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The problems of a draft, with the messages of {@code --validate}: the loader reads the data directory with the
 * draft's article file (and {@code actors.yaml} with its new actors) in place of the files on disk. Problems the data
 * already had in other files are not the draft's and are left out, but a data directory that is invalid without the
 * draft is said to be so, since nothing can be saved into it. On top of the loader's rules: every quote must be word
 * for word in the pasted text, which must not be over 1 MB. Quotes the edited article already had when it was opened
 * were checked when they were added, and are not checked again: the pasted text is never kept in the data.
 */
final class StudioCheck {
    static final int MAX_TEXT = 1_048_576;
    private static final int QUOTE_SHOWN = 60;

    private final Path dataDir;
    private final DatasetLoader loader = new DatasetLoader();
    private final OverlayLoads overlayLoads;

    StudioCheck(Path dataDir) {
        this.dataDir = dataDir;
        this.overlayLoads = new OverlayLoads(dataDir);
    }

    /**
     * The files a draft would write.
     *
     * @param article the article file, relative to the data directory
     * @param articleText its new text
     * @param actorsText {@code actors.yaml} with the new actors appended, when there are new actors
     * @param removed the article's old file, when its id was changed while editing
     */
    record Candidate(String article, String articleText, Optional<String> actorsText, Optional<String> removed) {
        Map<String, Optional<String>> overlay() {
            Map<String, Optional<String>> overlay = new LinkedHashMap<>();
            removed.ifPresent(old -> overlay.put(old, Optional.empty()));
            overlay.put(article, Optional.of(articleText));
            actorsText.ifPresent(text -> overlay.put(ActorsFile.NAME, Optional.of(text)));
            return overlay;
        }
    }

    /** The files the draft would write; the article id must name a file ({@link ArticleFiles#whyNot}). */
    Candidate candidate(Draft draft) {
        String article = ArticleFiles.relative(draft.article().id());
        Optional<String> removed = draft.editing().map(ArticleFiles::relative).filter(old -> !old.equals(article));
        Optional<String> actors = draft.newActors().isEmpty()
                ? Optional.empty()
                : Optional.of(ActorsYaml.append(ActorsFile.read(dataDir), draft.newActors()));
        return new Candidate(article, ArticleYaml.write(draft.article()), actors, removed);
    }

    /**
     * A draft's problems and, when it has none, the data as it loads with the draft's files: what the data directory
     * holds once they are written, so a save need not read it again.
     */
    record Checked(List<Problem> problems, Optional<LoadResult> withDraft) {
        Checked {
            problems = List.copyOf(problems);
            withDraft = problems.isEmpty() ? withDraft : Optional.empty();
        }
    }

    List<Problem> problems(Draft draft) {
        return checked(draft).problems();
    }

    Checked checked(Draft draft) {
        List<Problem> problems = new ArrayList<>();
        Optional<LoadResult> withDraft = Optional.empty();
        String id = draft.article().id();
        Optional<String> badId = ArticleFiles.whyNot(id);
        String articleFile = DatasetLoader.display(
                badId.isPresent() ? dataDir.resolve(ArticleFiles.DIR) : dataDir.resolve(ArticleFiles.relative(id)));
        badId.ifPresent(why -> problems.add(new Problem(articleFile, 0, 0, "id", why)));
        problems.addAll(textProblems(draft, articleFile));
        if (badId.isEmpty()) {
            Candidate candidate;
            try {
                candidate = candidate(draft);
            } catch (IllegalStateException | UncheckedIOException e) {
                problems.add(Problem.of(actorsFile(), e.getMessage()));
                return new Checked(problems, Optional.empty());
            }
            LoadResult loaded = overlayLoads.load(candidate.overlay());
            problems.addAll(loaderProblems(draft, articleFile, candidate, loaded));
            withDraft = Optional.of(loaded);
        }
        return new Checked(problems, withDraft);
    }

    private List<Problem> loaderProblems(Draft draft, String articleFile, Candidate candidate, LoadResult loaded) {
        List<Problem> problems = new ArrayList<>();
        boolean isNewFile = draft.editing().isEmpty() || candidate.removed().isPresent();
        if (isNewFile && Files.exists(dataDir.resolve(candidate.article()))) {
            problems.add(new Problem(
                    articleFile,
                    0,
                    0,
                    "id",
                    "an article with the id '" + draft.article().id() + "' exists already: choose another id"));
        }
        Set<String> draftFiles = Set.of(articleFile, actorsFile());
        List<Problem> elsewhere = new ArrayList<>();
        for (Problem p : loaded.problems()) {
            (draftFiles.contains(p.file()) ? problems : elsewhere).add(p);
        }
        if (!elsewhere.isEmpty()) {
            // Only now is the data read without the draft: to tell the draft's problems from the data's own.
            LoadResult before = loader.load(dataDir);
            Set<Problem> existing = new HashSet<>(before.problems());
            elsewhere.stream().filter(p -> !existing.contains(p)).forEach(problems::add);
            if (!before.isValid()) {
                problems.add(Problem.of(
                        DatasetLoader.display(dataDir),
                        "the data directory has " + before.problems().size() + " problems of its own (run"
                                + " --validate); fix them before saving. First: "
                                + before.problems().getFirst()));
            }
        }
        return problems;
    }

    private String actorsFile() {
        return DatasetLoader.display(dataDir.resolve(ActorsFile.NAME));
    }

    private static List<Problem> textProblems(Draft draft, String articleFile) {
        String text = draft.text();
        if (text.length() > MAX_TEXT) {
            return List.of(new Problem(
                    articleFile,
                    0,
                    0,
                    "",
                    "the pasted text is too large: " + text.length() + " characters, the limit is 1 MB (" + MAX_TEXT
                            + " characters); paste the article alone"));
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> accepted = ArticleYaml.quoteTexts(draft.original());
        List<EventForm> events = draft.article().events();
        for (int i = 0; i < events.size(); i++) {
            List<QuoteForm> quotes = events.get(i).quotes();
            for (int j = 0; j < quotes.size(); j++) {
                String quote = quotes.get(j).text();
                String path = "events[" + i + "].quotes[" + j + "].text";
                if (quote.isEmpty() || accepted.contains(quote)) {
                    continue;
                }
                if (text.isBlank()) {
                    problems.add(new Problem(
                            articleFile,
                            0,
                            0,
                            path,
                            "paste the article's text: quotes are checked word for word against it"));
                } else if (!Verbatim.occursIn(quote, text)) {
                    problems.add(new Problem(
                            articleFile,
                            0,
                            0,
                            path,
                            "not found word for word in the pasted text: \"" + shortened(quote) + "\""));
                }
            }
        }
        return problems;
    }

    private static String shortened(String quote) {
        int end = quote.offsetByCodePoints(0, Math.min(QUOTE_SHOWN, quote.codePointCount(0, quote.length())));
        return end < quote.length() ? quote.substring(0, end) + "…" : quote;
    }

    /** {@code actors.yaml}, read as text to append to. */
    static final class ActorsFile {
        static final String NAME = "actors.yaml";

        private ActorsFile() {}

        static String read(Path dataDir) {
            try {
                Path file = dataDir.resolve(NAME);
                return Files.exists(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
