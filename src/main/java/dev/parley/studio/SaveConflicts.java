package dev.parley.studio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Why a save is refused as a conflict, with what changed as a line diff: the file the curator opened changed on disk,
 * or another node changed it while the save was being sent. Nothing is written then, and the draft is kept.
 */
final class SaveConflicts {
    private final Path dataDir;

    SaveConflicts(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The usual conflict display, for a file another node changed while this save was being sent. */
    SaveOutcome whileSending(DataRemote.Overlap overlap, Map<String, Optional<byte[]>> before) {
        String file = overlap.files().stream()
                .filter(f -> f.startsWith(ArticleFiles.DIR + "/"))
                .findFirst()
                .orElse(overlap.files().getFirst());
        String opened = before.getOrDefault(file, Optional.empty())
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .orElse("");
        String now = ArticleSaver.read(dataDir.resolve(file))
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .orElse("");
        return new SaveOutcome.Conflict(
                file + " was changed on another node while this save was being sent; nothing was saved and your"
                        + " draft is kept. The changes are below: reopen the article and make your edit again.",
                LineDiff.between("as you opened it", opened, "on the shared data now", now));
    }

    /** A save refused before anything is written: the opened file changed, or a new article's id is taken now. */
    Optional<SaveOutcome> beforeSave(Draft draft, String article) {
        Optional<byte[]> target = ArticleSaver.read(dataDir.resolve(article));
        if (draft.editing().isPresent()) {
            String opened = ArticleFiles.relative(draft.editing().get());
            Optional<byte[]> now = ArticleSaver.read(dataDir.resolve(opened));
            if (now.isEmpty() || !ArticleSaver.fingerprint(now.get()).equals(draft.fingerprint())) {
                String current =
                        now.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
                return Optional.of(new SaveOutcome.Conflict(
                        opened + (now.isEmpty() ? " was removed" : " changed on disk") + " since you opened it (by"
                                + " another curator or in an editor); nothing was saved. The changes are below:"
                                + " reopen the article and make your edit again.",
                        LineDiff.between("as you opened it", draft.original(), "on disk now", current)));
            }
        }
        boolean newFile = draft.editing()
                .map(ArticleFiles::relative)
                .filter(article::equals)
                .isEmpty();
        if (newFile && target.isPresent()) {
            return Optional.of(new SaveOutcome.Conflict(
                    article + " exists now (another curator saved an article with this id); nothing was"
                            + " saved. Choose another id.",
                    LineDiff.between("nothing", "", "on disk now", new String(target.get(), StandardCharsets.UTF_8))));
        }
        return Optional.empty();
    }
}
