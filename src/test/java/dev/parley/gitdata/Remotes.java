package dev.parley.gitdata;

import dev.parley.testing.BareRepositories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Bare repositories on disk that hold a fixture's data on {@code main}, like the shared data repository of several
 * nodes, and a person's clone of one that edits and pushes as someone outside the nodes would.
 */
final class Remotes {
    static final String TALKS = "articles/2025-03-talks.yaml";
    static final String CALL = "articles/2025-02-12-phone-call.yaml";
    static final String TALKS_TITLE = "title: \"Fixture: talks over three days\"";
    static final String CALL_TITLE = "title: \"Fixture: leaders hold a phone call\"";

    private Remotes() {}

    /** A bare repository whose {@code main} holds one commit with the fixture's files. */
    static Path bareWith(String fixture) {
        try {
            return BareRepositories.withFiles(
                    Path.of("src/test/resources/fixtures", fixture), Files.createTempDirectory("parley-remote-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Someone's clone of the remote, outside any node. */
    static Path personalClone(Path bare) {
        try {
            Path dir = Files.createTempDirectory("parley-person-");
            Git.cloneRepository()
                    .setURI(bare.toString())
                    .setDirectory(dir.toFile())
                    .call()
                    .close();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In {@code clone}: pulls, replaces {@code from} with {@code to} in {@code file}, commits and pushes. */
    static void pushEdit(Path clone, String file, String from, String to) {
        try (Git git = Git.open(clone.toFile())) {
            git.pull().call();
            Path path = clone.resolve(file);
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(path, text.replace(from, to));
            git.add().addFilepattern(file).call();
            git.commit().setMessage("Edit " + file).setSign(false).call();
            git.push()
                    .call()
                    .forEach(r -> r.getRemoteUpdates().forEach(u -> {
                        if (u.getStatus() != org.eclipse.jgit.transport.RemoteRefUpdate.Status.OK) {
                            throw new IllegalStateException("push " + u.getStatus());
                        }
                    }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file as the remote's {@code main} holds it, or null when it has none. */
    static String onRemote(Path bare, String file) {
        try (Repository repo = new FileRepositoryBuilder()
                        .setGitDir(bare.toFile())
                        .setMustExist(true)
                        .build();
                RevWalk walk = new RevWalk(repo)) {
            RevCommit head = walk.parseCommit(repo.resolve("refs/heads/main"));
            try (TreeWalk tree = TreeWalk.forPath(repo, file, head.getTree())) {
                if (tree == null) {
                    return null;
                }
                ObjectLoader blob = repo.open(tree.getObjectId(0));
                return new String(blob.getBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits on the remote's {@code main}. */
    static int commitsOnRemote(Path bare) {
        try (Git git = Git.open(bare.toFile())) {
            int n = 0;
            for (RevCommit ignored : git.log()
                    .add(git.getRepository().resolve("refs/heads/main"))
                    .call()) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} holds, checking often; fails after {@code deadline}. No fixed sleep. */
    static void within(Duration deadline, BooleanSupplier condition, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline + ": " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
