package dev.parley.studio;

import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.dataset.Problem;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.event.Event;
import dev.parley.event.EventId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens, saves and deletes article files, and reverts commits: checked, conflict-checked against the version the
 * curator opened, written atomically, committed and sent to the {@link DataRemote}, all under the {@link SaveLock}.
 * With a remote, the data directory first catches up with it, so the conflict check sees other nodes' saves.
 */
final class ArticleSaver {
    private final Path dataDir;
    private final StudioCheck check;
    private final AtomicFiles files;
    private final DataHistory history;
    private final Clock clock;
    private final DataRemote remote;
    private final SaveConflicts conflicts;

    ArticleSaver(Path dataDir, AtomicFiles files, DataHistory history, Clock clock, DataRemote remote) {
        this.dataDir = dataDir;
        this.check = new StudioCheck(dataDir);
        this.files = files;
        this.history = history;
        this.clock = clock;
        this.remote = remote;
        this.conflicts = new SaveConflicts(dataDir);
    }

    /** What a write did: the outcome, and whether other nodes' commits came in with it. */
    private record Written(SaveOutcome outcome, boolean merged) {}

    List<Problem> problems(Draft draft) {
        return check.problems(draft);
    }

    OpenedArticle open(ArticleId id) {
        Path file = ArticleFiles.resolve(dataDir, id.value());
        byte[] bytes = read(file).orElseThrow(() -> new IllegalArgumentException("there is no article " + id));
        String text = new String(bytes, StandardCharsets.UTF_8);
        String relative = ArticleFiles.relative(id.value());
        LoadResult loaded = new DatasetLoader().load(dataDir, Map.of(relative, Optional.of(text)));
        Dataset dataset = loaded.dataset()
                .orElseThrow(() -> new IllegalStateException(
                        "the data cannot be loaded, so the article cannot be" + " opened in the studio; fix it first: "
                                + loaded.problems().getFirst()));
        Article article = dataset.article(id)
                .filter(a -> a.file().equals(relative))
                .orElseThrow(() -> new IllegalStateException("the file " + relative + " holds another article id"));
        List<Event> events = ArticleYaml.eventOrder(text).stream()
                .map(e -> dataset.event(EventId.of(e)).orElseThrow())
                .toList();
        boolean comments =
                text.lines().anyMatch(line -> line.strip().startsWith("#") && !line.equals(ArticleYaml.SCHEMA_LINE));
        return new OpenedArticle(ArticleYaml.formOf(article, events), fingerprint(bytes), text, comments);
    }

    /**
     * Saves the draft; after a write, {@code written} gets the data as it loads with the new files (from the check,
     * which read them before they were written, under the same lock).
     */
    SaveOutcome save(Draft draft, Curator curator, Consumer<LoadResult> written) {
        return SaveLock.under(dataDir, () -> {
            Optional<SaveOutcome> behind = catchUp();
            if (behind.isPresent()) {
                return behind.get();
            }
            // The conflict comes first: checking against files that changed since they were opened proves little.
            if (ArticleFiles.whyNot(draft.article().id()).isEmpty()) {
                Optional<SaveOutcome> conflict = conflicts.beforeSave(
                        draft, ArticleFiles.relative(draft.article().id()));
                if (conflict.isPresent()) {
                    return conflict.get();
                }
            }
            StudioCheck.Checked checked = check.checked(draft);
            if (!checked.problems().isEmpty()) {
                return new SaveOutcome.Invalid(checked.problems());
            }
            StudioCheck.Candidate candidate = check.candidate(draft);
            List<AtomicFiles.Change> changes = new ArrayList<>();
            changes.add(change(candidate.article(), Optional.of(candidate.articleText())));
            candidate
                    .actorsText()
                    .ifPresent(text -> changes.add(change(StudioCheck.ActorsFile.NAME, Optional.of(text))));
            candidate.removed().ifPresent(old -> changes.add(change(old, Optional.empty())));
            String message = message(draft, candidate);
            Written result = write(ArticleId.of(draft.article().id()), changes, curator, message);
            if (result.outcome() instanceof SaveOutcome.Saved) {
                if (result.merged()) {
                    // The check loaded the data without the other nodes' commits that came in: read it as it is.
                    written.accept(new DatasetLoader().load(dataDir));
                } else {
                    checked.withDraft().ifPresent(written);
                }
            }
            return result.outcome();
        });
    }

    SaveOutcome delete(ArticleId id, String fingerprint, Curator curator) {
        return SaveLock.under(dataDir, () -> {
            Optional<SaveOutcome> behind = catchUp();
            if (behind.isPresent()) {
                return behind.get();
            }
            String relative = ArticleFiles.relative(id.value());
            Optional<byte[]> now = read(ArticleFiles.resolve(dataDir, id.value()));
            if (now.isEmpty() || !fingerprint(now.get()).equals(fingerprint)) {
                return new SaveOutcome.Conflict(
                        relative + (now.isEmpty() ? " was removed" : " changed on disk")
                                + " since you opened it; nothing was deleted. Reopen the article to see it as it is.",
                        "");
            }
            LoadResult without = new DatasetLoader().load(dataDir, Map.of(relative, Optional.empty()));
            if (!without.isValid() && new DatasetLoader().load(dataDir).isValid()) {
                return new SaveOutcome.Invalid(without.problems());
            }
            return write(id, List.of(change(relative, Optional.empty())), curator, "Delete article " + id)
                    .outcome();
        });
    }

    SaveOutcome revert(String commit, Curator curator) {
        if (!history.enabled()) {
            return invalid("history is off: the data directory is not in a git repository");
        }
        return SaveLock.under(dataDir, () -> {
            Optional<SaveOutcome> behind = catchUp();
            if (behind.isPresent()) {
                return behind.get();
            }
            DataHistory.Revert revert = history.revertOf(commit);
            if (revert.refusal().isPresent()) {
                return revert.conflict()
                        ? new SaveOutcome.Conflict(revert.refusal().get(), "")
                        : invalid(revert.refusal().get());
            }
            Optional<ArticleId> article = revert.files().keySet().stream()
                    .filter(f -> f.startsWith(ArticleFiles.DIR + "/") && f.endsWith(".yaml"))
                    .map(f -> f.substring(ArticleFiles.DIR.length() + 1, f.length() - ".yaml".length()))
                    .filter(id -> ArticleFiles.whyNot(id).isEmpty())
                    .map(ArticleId::of)
                    .findFirst();
            if (article.isEmpty()) {
                return invalid("commit " + commit + " changed no article file: revert it with git");
            }
            Map<String, Optional<String>> overlay = new java.util.LinkedHashMap<>();
            revert.files().forEach((file, content) -> {
                if (file.equals(StudioCheck.ActorsFile.NAME) || file.startsWith(ArticleFiles.DIR + "/")) {
                    overlay.put(file, content.map(b -> new String(b, StandardCharsets.UTF_8)));
                }
            });
            LoadResult result = new DatasetLoader().load(dataDir, overlay);
            if (!result.isValid()) {
                return new SaveOutcome.Invalid(result.problems());
            }
            List<AtomicFiles.Change> changes = new ArrayList<>();
            revert.files()
                    .forEach((file, content) -> changes.add(
                            new AtomicFiles.Change(dataDir.resolve(file).normalize(), content)));
            return write(article.get(), changes, curator, "Revert \"" + revert.message() + "\"")
                    .outcome();
        });
    }

    private Written write(ArticleId article, List<AtomicFiles.Change> changes, Curator curator, String message) {
        Map<String, Optional<byte[]>> before = new java.util.LinkedHashMap<>();
        for (AtomicFiles.Change c : changes) {
            before.put(relative(c.file()), read(c.file()));
        }
        try {
            files.apply(changes);
        } catch (IOException e) {
            throw new UncheckedIOException("nothing was saved: " + e.getMessage(), e);
        }
        List<String> written = List.copyOf(before.keySet());
        Optional<String> commit = history.commit(written, curator, message, clock.instant());
        DataRemote.Published published;
        try {
            published = remote.publish(written);
        } catch (DataRemote.Unavailable e) {
            return new Written(unreachable(e), false);
        }
        return switch (published) {
            case DataRemote.Pushed p ->
                new Written(new SaveOutcome.Saved(article, written, p.commit().or(() -> commit), message), p.merged());
            case DataRemote.Overlap o -> new Written(conflicts.whileSending(o, before), false);
            case DataRemote.Refused r -> new Written(new SaveOutcome.Invalid(r.problems()), false);
        };
    }

    private String relative(Path file) {
        Path relative = dataDir.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    /** Brings the data directory up to date with the remote; a refusal when it cannot be reached. */
    private Optional<SaveOutcome> catchUp() {
        try {
            remote.catchUp();
            return Optional.empty();
        } catch (DataRemote.Unavailable e) {
            return Optional.of(unreachable(e));
        }
    }

    private static SaveOutcome unreachable(DataRemote.Unavailable e) {
        return invalid("the shared data (parley.data.git-remote) cannot be reached, so nothing was saved and your"
                + " draft is kept; try again in a moment (" + e.getMessage() + ")");
    }

    private static String message(Draft draft, StudioCheck.Candidate candidate) {
        int events = draft.article().events().size();
        int actors = draft.newActors().size();
        String verb = draft.editing().isEmpty() ? "Add" : "Edit";
        String renamed = candidate
                .removed()
                .map(old -> " (was " + draft.editing().get() + ")")
                .orElse("");
        return verb + " article " + draft.article().id() + renamed + ": " + events
                + (events == 1 ? " event" : " events")
                + (actors == 0 ? "" : ", " + actors + (actors == 1 ? " new actor" : " new actors"));
    }

    private static SaveOutcome invalid(String message) {
        return new SaveOutcome.Invalid(List.of(Problem.of("history", message)));
    }

    private AtomicFiles.Change change(String relative, Optional<String> text) {
        return new AtomicFiles.Change(dataDir.resolve(relative), text.map(t -> t.getBytes(StandardCharsets.UTF_8)));
    }

    static Optional<byte[]> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a file's bytes, in hex: what a save compares to tell whether the file changed. */
    static String fingerprint(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
