package dev.parley.studio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The git history of the data directory, through JGit: one commit per save or delete, holding exactly the files it
 * changed (other changes in the work tree or the index are left alone), by the curator; the recent commits that
 * touched the data; and what a revert would restore. Works when {@code data/} is the repository's root or a folder in
 * it; without a repository {@link #enabled()} is false and nothing is recorded. Not thread-safe: the studio calls it
 * under its save lock.
 */
final class DataHistory {
    private final Optional<Repository> repository;
    /** The data directory relative to the work tree, with a trailing slash, or "" when it is the work tree. */
    private final String prefix;

    private DataHistory(Optional<Repository> repository, String prefix) {
        this.repository = repository;
        this.prefix = prefix;
    }

    /** The history of the repository that holds {@code dataDir}, or a disabled one when there is none. */
    static DataHistory of(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            // The app starts without its data directory (and says so); there is nothing to record then.
            return new DataHistory(Optional.empty(), "");
        }
        try {
            Path dir = dataDir.toRealPath();
            FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
            if (builder.getGitDir() == null) {
                return new DataHistory(Optional.empty(), "");
            }
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                return new DataHistory(Optional.empty(), "");
            }
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            String relative = workTree.relativize(dir).toString().replace('\\', '/');
            return new DataHistory(Optional.of(repo), relative.isEmpty() ? "" : relative + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean enabled() {
        return repository.isPresent();
    }

    /**
     * Commits exactly {@code files} (relative to the data directory) as they are in the work tree, written or
     * removed.
     *
     * @return the commit's id, or empty when history is off
     */
    Optional<String> commit(List<String> files, Curator curator, String message, Instant when) {
        if (repository.isEmpty()) {
            return Optional.empty();
        }
        Repository repo = repository.get();
        PersonIdent who = new PersonIdent(curator.name(), curator.email(), when, ZoneOffset.UTC);
        try (Git git = new Git(repo)) {
            CommitCommand commit = git.commit()
                    .setMessage(message)
                    .setAuthor(who)
                    .setCommitter(who)
                    .setSign(false);
            boolean first = repo.resolve(Constants.HEAD) == null;
            for (String file : files) {
                // A new file must be in the index before a commit "only" of its path can take it.
                if (Files.exists(repo.getWorkTree().toPath().resolve(prefix + file))) {
                    git.add().addFilepattern(prefix + file).call();
                } else if (first) {
                    git.rm().setCached(true).addFilepattern(prefix + file).call();
                }
                if (!first) {
                    // Only these paths: whatever else is staged or changed in the work tree stays out of the commit.
                    commit.setOnly(prefix + file);
                }
            }
            return Optional.of(commit.call().getName());
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("the files were saved, but the git commit failed: " + e.getMessage(), e);
        }
    }

    /** The latest commits that touched the data directory, newest first. */
    List<HistoryEntry> recent(int limit) {
        if (repository.isEmpty() || limit <= 0) {
            return List.of();
        }
        Repository repo = repository.get();
        try (Git git = new Git(repo)) {
            if (repo.resolve(Constants.HEAD) == null) {
                return List.of();
            }
            LogCommand log = git.log().setMaxCount(limit);
            if (!prefix.isEmpty()) {
                log.addPath(prefix.substring(0, prefix.length() - 1));
            }
            List<HistoryEntry> entries = new ArrayList<>();
            for (RevCommit c : log.call()) {
                entries.add(new HistoryEntry(
                        c.getName(),
                        c.getAuthorIdent().getName(),
                        c.getAuthorIdent().getWhenAsInstant(),
                        c.getFullMessage().strip(),
                        List.copyOf(changes(repo, c).keySet())));
            }
            return entries;
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot read the git history: " + e.getMessage(), e);
        }
    }

    /**
     * What reverting {@code commitId} means: the data files it changed with their content in its parent (empty for
     * a file the commit added), or why it cannot be reverted.
     */
    Revert revertOf(String commitId) {
        Repository repo = repository.orElseThrow(() -> new IllegalStateException("history is off"));
        try (RevWalk walk = new RevWalk(repo)) {
            if (!commitId.matches("[0-9a-f]{7,40}")) {
                return Revert.refused("'" + commitId + "' is not a commit id");
            }
            ObjectId id = repo.resolve(commitId);
            ObjectId head = repo.resolve(Constants.HEAD);
            if (id == null || head == null || !repo.getObjectDatabase().has(id)) {
                return Revert.refused("there is no commit " + commitId);
            }
            RevCommit commit = walk.parseCommit(id);
            if (commit.getParentCount() != 1) {
                return Revert.refused("commit " + commit.abbreviate(7).name() + " has no single parent to go back to");
            }
            RevCommit parent = walk.parseCommit(commit.getParent(0));
            Map<String, DiffEntry.ChangeType> files = changes(repo, commit);
            Map<String, Optional<byte[]>> restored = new LinkedHashMap<>();
            for (String file : files.keySet()) {
                Optional<byte[]> before = content(repo, parent, prefix + file);
                Optional<byte[]> after = content(repo, commit, prefix + file);
                Optional<byte[]> now = content(repo, walk.parseCommit(head), prefix + file);
                Path onDisk = repo.getWorkTree().toPath().resolve(prefix + file);
                Optional<byte[]> disk =
                        Files.exists(onDisk) ? Optional.of(Files.readAllBytes(onDisk)) : Optional.empty();
                if (!same(after, now) || !same(now, disk)) {
                    return Revert.conflict(file);
                }
                restored.put(file, before);
            }
            return new Revert(commit.getShortMessage(), restored, Optional.empty(), false);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read commit " + commitId + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param message the reverted commit's first line
     * @param files data-relative paths and the content to restore, empty to remove the file
     * @param refusal why the revert cannot be done, when it cannot
     * @param conflict whether the refusal is because the files changed since
     */
    record Revert(String message, Map<String, Optional<byte[]>> files, Optional<String> refusal, boolean conflict) {
        static Revert refused(String why) {
            return new Revert("", Map.of(), Optional.of(why), false);
        }

        static Revert conflict(String file) {
            return new Revert(
                    "",
                    Map.of(),
                    Optional.of(file + " changed after that commit (in a later commit or on disk): revert the later"
                            + " change first, or edit the article"),
                    true);
        }
    }

    private static boolean same(Optional<byte[]> a, Optional<byte[]> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || Arrays.equals(a.get(), b.get()));
    }

    private static Optional<byte[]> content(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
            if (tree == null) {
                return Optional.empty();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            repo.open(tree.getObjectId(0)).copyTo(bytes);
            return Optional.of(bytes.toByteArray());
        }
    }

    /** The data files a commit changed (relative to the data directory) and how, against its first parent. */
    private Map<String, DiffEntry.ChangeType> changes(Repository repo, RevCommit commit) throws IOException {
        Map<String, DiffEntry.ChangeType> files = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repo);
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            RevCommit parsed = walk.parseCommit(commit);
            ObjectId parentTree = parsed.getParentCount() == 0
                    ? null
                    : walk.parseCommit(parsed.getParent(0)).getTree();
            for (DiffEntry entry : diff.scan(parentTree, parsed.getTree())) {
                for (String path : List.of(entry.getOldPath(), entry.getNewPath())) {
                    if (!path.equals(DiffEntry.DEV_NULL) && path.startsWith(prefix)) {
                        files.putIfAbsent(path.substring(prefix.length()), entry.getChangeType());
                    }
                }
            }
        }
        return files;
    }
}
