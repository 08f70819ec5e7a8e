package dev.parley.studio;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.base.PartialDate;
import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.dataset.LoadResult;
import dev.parley.dataset.Problem;
import dev.parley.event.Article;
import dev.parley.event.ArticleId;
import dev.parley.suggest.ActorIds;
import dev.parley.suggest.SimilarNames;
import dev.parley.suggest.TextSuggestions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The curation studio's one entry point for its views: suggestions for a pasted text, validation as the curator
 * types, drafts, saving and deleting articles (atomic, conflict-checked, committed to git when the data directory is
 * in a repository) and the history of changes.
 *
 * <p>Saves, deletes and reverts are serialised per data directory ({@link SaveLock}); after one the data is reloaded
 * at once, so the explorer shows it without waiting for the watcher. When several nodes share the data through a
 * git remote ({@link DataRemote}), a save catches up with it first and is pushed to it after its commit. Thread-safe.
 */
@Service
public class StudioService {
    private final Path dataDir;
    private final Supplier<Dataset> current;
    private final Runnable reload;
    private final Consumer<LoadResult> adopt;
    private final ArticleSaver saver;
    private final DataHistory history;
    private final DraftStore drafts;
    private final Clock clock;
    private final DataRemote remote;
    private final Analysers analysers = new Analysers();

    @Autowired
    StudioService(
            DatasetService datasets,
            StudioProperties settings,
            ObjectProvider<Clock> clock,
            ObjectProvider<DataRemote> remote) {
        this(
                datasets.dataDir(),
                () -> datasets.current().dataset(),
                datasets::reload,
                datasets::adopt,
                settings.draftsDir(),
                clock.getIfAvailable(Clock::systemUTC),
                new AtomicFiles(),
                remote.getIfAvailable(() -> DataRemote.NONE));
    }

    /**
     * @param current the dataset the explorer shows now
     * @param reload reads the data directory again after a change
     */
    StudioService(
            Path dataDir, Supplier<Dataset> current, Runnable reload, Path draftsDir, Clock clock, AtomicFiles files) {
        this(dataDir, current, reload, loaded -> reload.run(), draftsDir, clock, files);
    }

    /** @param adopt takes the data as a save wrote it, instead of reading the directory again */
    StudioService(
            Path dataDir,
            Supplier<Dataset> current,
            Runnable reload,
            Consumer<LoadResult> adopt,
            Path draftsDir,
            Clock clock,
            AtomicFiles files) {
        this(dataDir, current, reload, adopt, draftsDir, clock, files, DataRemote.NONE);
    }

    /** @param remote the shared copy of the data a save is sent to, when several nodes serve it */
    StudioService(
            Path dataDir,
            Supplier<Dataset> current,
            Runnable reload,
            Consumer<LoadResult> adopt,
            Path draftsDir,
            Clock clock,
            AtomicFiles files,
            DataRemote remote) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.current = Objects.requireNonNull(current, "current");
        this.reload = Objects.requireNonNull(reload, "reload");
        this.adopt = Objects.requireNonNull(adopt, "adopt");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.remote = Objects.requireNonNull(remote, "remote");
        this.history = DataHistory.of(dataDir);
        this.saver = new ArticleSaver(dataDir, files, history, clock, remote);
        this.drafts = new DraftStore(draftsDir);
    }

    /** Suggestions for a pasted text; {@code published} is the form's raw publication date (today when unreadable). */
    public TextSuggestions suggest(String text, String published) {
        LocalDate against;
        try {
            against = PartialDate.parse(published).start();
        } catch (IllegalArgumentException unreadable) {
            against = LocalDate.now(clock);
        }
        return analysers.of(current.get()).analyse(text, against);
    }

    /** Every problem of the draft's article and new actors, with the messages of {@code --validate}, plus quotes
     * that are not word for word in the pasted text. Empty when the draft can be saved. */
    public List<Problem> check(Draft draft) {
        return saver.problems(draft);
    }

    /**
     * Writes the draft's article file and new actors, commits, and puts the new data in place at once: the check
     * before the write has already loaded the data with the new files, so it is not read a second time (on the
     * benchmark's 10,000 events a load takes about a second).
     */
    public SaveOutcome save(Draft draft, Curator curator) {
        SaveOutcome outcome = saver.save(draft, curator, adopt);
        if (!(outcome instanceof SaveOutcome.Saved) && remote != DataRemote.NONE) {
            // Catching up with the remote may have changed the files even though this save was refused.
            reload.run();
        }
        return outcome;
    }

    /** Removes an article file opened with {@code fingerprint}; refused with a conflict when it changed since. */
    public SaveOutcome delete(ArticleId article, String fingerprint, Curator curator) {
        return reloadedAfter(saver.delete(article, fingerprint, curator));
    }

    /**
     * @throws IllegalArgumentException when there is no such article
     * @throws IllegalStateException when the data does not load, so the file cannot be read into a form
     */
    public OpenedArticle open(ArticleId article) {
        return saver.open(article);
    }

    /** The articles of the data the explorer shows now, newest first. */
    public List<Article> articles() {
        return current.get().articles().stream()
                .sorted(Comparator.comparing(Article::published).reversed().thenComparing(Article::id))
                .toList();
    }

    public List<Actor> actors() {
        return current.get().actors();
    }

    /** An id for a new actor made from its name ("Volodymyr Zelenskyy" → {@code volodymyr-zelenskyy}). */
    public String idFromName(String name) {
        Set<String> taken =
                current.get().actors().stream().map(a -> a.id().value()).collect(Collectors.toSet());
        return ActorIds.fromName(name, taken);
    }

    /** A known actor whose name or alias is close to {@code name} ("did you mean"). */
    public Optional<ActorId> similarActor(String name) {
        return SimilarNames.closest(name, current.get().actors());
    }

    public boolean historyEnabled() {
        return history.enabled();
    }

    /** The latest commits that changed the data directory, newest first; empty when history is off. */
    public List<HistoryEntry> history(int limit) {
        return history.recent(limit);
    }

    /** Undoes a commit as a new commit by {@code curator}. */
    public SaveOutcome revert(String commit, Curator curator) {
        return reloadedAfter(saver.revert(commit, curator));
    }

    /** Saves the draft as the curator types; returns it with its new time. */
    public Draft keep(Draft draft) {
        Draft kept = new Draft(
                draft.id(),
                draft.curator(),
                draft.editing(),
                draft.fingerprint(),
                draft.original(),
                draft.text(),
                draft.article(),
                draft.newActors(),
                draft.dismissed(),
                clock.instant());
        drafts.save(kept);
        return kept;
    }

    /** The curator's drafts, the last changed first; unreadable ones are skipped. */
    public List<Draft> drafts(Curator curator) {
        return drafts.all(curator.name());
    }

    /** @throws IllegalArgumentException when {@code id} is not a UUID */
    public Optional<Draft> draft(Curator curator, String id) {
        return drafts.find(curator.name(), id);
    }

    /** @throws IllegalArgumentException when {@code id} is not a UUID */
    public void discard(Curator curator, String id) {
        drafts.remove(curator.name(), id);
    }

    /** A new draft: empty, or opened from an article. Not kept until {@link #keep}. */
    public Draft newDraft(Curator curator, Optional<ArticleId> from) {
        String id = UUID.randomUUID().toString();
        if (from.isEmpty()) {
            return new Draft(
                    id,
                    curator.name(),
                    Optional.empty(),
                    "",
                    "",
                    "",
                    ArticleForm.empty(),
                    List.of(),
                    Set.of(),
                    clock.instant());
        }
        OpenedArticle opened = open(from.get());
        return new Draft(
                id,
                curator.name(),
                Optional.of(from.get().value()),
                opened.fingerprint(),
                opened.original(),
                "",
                opened.form(),
                List.of(),
                Set.of(),
                clock.instant());
    }

    /** The data directory the studio writes to. */
    public Path dataDir() {
        return dataDir;
    }

    private SaveOutcome reloadedAfter(SaveOutcome outcome) {
        if (outcome instanceof SaveOutcome.Saved || remote != DataRemote.NONE) {
            reload.run();
        }
        return outcome;
    }
}
