package dev.parley.gitdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The node's clone of the remote, in the data directory: made on the first start, opened on the next ones. Refuses,
 * with a message, a directory that holds something else (other files, a clone of another remote or branch), rather
 * than overwrite or serve it.
 */
final class DataClone {
    /** Files the studio makes in the data directory that must never be committed or block a checkout. */
    private static final String EXCLUDED = ".studio.lock\n.studio-*.tmp\n";

    private DataClone() {}

    /** Clones {@code settings}' remote into {@code dataDir}, or checks the clone already there; returns it open. */
    static Repository cloneOrOpen(GitDataProperties settings, Path dataDir) {
        try {
            Path dir = dataDir.toAbsolutePath().normalize();
            Repository repo =
                    Files.isDirectory(dir.resolve(Constants.DOT_GIT)) ? opened(settings, dir) : cloned(settings, dir);
            Path exclude = repo.getDirectory().toPath().resolve("info").resolve("exclude");
            Files.createDirectories(exclude.getParent());
            if (!Files.exists(exclude) || !Files.readString(exclude).contains(".studio.lock")) {
                Files.writeString(exclude, (Files.exists(exclude) ? Files.readString(exclude) + "\n" : "") + EXCLUDED);
            }
            return repo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Repository cloned(GitDataProperties settings, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new IllegalStateException("parley.data-dir " + dir + " holds files but is not a git clone;"
                            + " with parley.data.git-remote set, point it at an empty or missing directory and the"
                            + " node clones the remote there");
                }
            }
        }
        String remote = settings.gitRemote();
        String branch = settings.gitBranch();
        try {
            Collection<Ref> heads = Git.lsRemoteRepository()
                    .setRemote(remote)
                    .setHeads(true)
                    .setTimeout(GitSync.TIMEOUT_SECONDS)
                    .setCredentialsProvider(settings.credentials().orElse(null))
                    .call();
            if (heads.stream().noneMatch(h -> h.getName().equals(Constants.R_HEADS + branch))) {
                String known = heads.stream()
                        .map(h -> Repository.shortenRefName(h.getName()))
                        .sorted()
                        .collect(Collectors.joining(", "));
                throw new IllegalStateException("the remote " + remote + " has no branch '" + branch
                        + "' (parley.data.git-branch); it has: " + (known.isEmpty() ? "no branch at all" : known));
            }
            // Not closed: closing this Git would close the repository the node goes on using.
            return Git.cloneRepository()
                    .setURI(remote)
                    .setBranch(branch)
                    .setDirectory(dir.toFile())
                    .setTimeout(GitSync.TIMEOUT_SECONDS)
                    .setCredentialsProvider(settings.credentials().orElse(null))
                    .call()
                    .getRepository();
        } catch (GitAPIException e) {
            throw new IllegalStateException(
                    "cannot clone the data from " + remote + " (parley.data.git-remote): " + e.getMessage(), e);
        }
    }

    private static Repository opened(GitDataProperties settings, Path dir) throws IOException {
        Repository repo = new FileRepositoryBuilder()
                .setGitDir(dir.resolve(Constants.DOT_GIT).toFile())
                .setMustExist(true)
                .build();
        String origin = repo.getConfig().getString("remote", "origin", "url");
        if (!settings.gitRemote().equals(origin)) {
            repo.close();
            throw new IllegalStateException("parley.data-dir " + dir + " is a clone of " + origin + ", not of "
                    + settings.gitRemote() + " (parley.data.git-remote): remove it to clone again, or fix the setting");
        }
        if (!settings.gitBranch().equals(repo.getBranch())) {
            String branch = repo.getBranch();
            repo.close();
            throw new IllegalStateException("parley.data-dir " + dir + " is on branch " + branch + ", not "
                    + settings.gitBranch() + " (parley.data.git-branch): remove it to clone again, or fix the setting");
        }
        return repo;
    }
}
