package dev.parley.gitdata;

import dev.parley.dataset.DataDirSetup;
import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.studio.DataRemote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.RebaseCommand;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the node's clone in step with the remote: fetches and fast-forwards (the poller, and every save before it
 * compares files), and pushes a save's commit, putting it on top of other nodes' commits when those changed other
 * files. The data directory is the clone's work tree. Callers hold the studio's {@code SaveLock}: JGit's ref updates
 * take lock files of their own and fail, rather than wait, when two run at once.
 */
public final class GitSync implements DataRemote, DataDirSetup, AutoCloseable {
    /** A push is tried this many times while other nodes keep pushing first, then the save is refused. */
    static final int ATTEMPTS = 3;
    /**
     * A fetch or push that hangs must not hold the save lock for ever: after this many seconds without an answer it
     * fails, the save is refused and the poller tries again.
     */
    static final int TIMEOUT_SECONDS = 30;

    private static final Logger log = LoggerFactory.getLogger(GitSync.class);

    private final Repository repo;
    private final String remote;
    private final String branch;
    /** Where the remote's branch is as last fetched: {@code refs/remotes/origin/<branch>}. */
    private final String tracking;

    private final CredentialsProvider credentials;
    /** The last commit a save pushed; the studio put that data in place itself, so the poller need not reload it. */
    private volatile ObjectId published;

    private GitSync(Repository repo, String remote, String branch, CredentialsProvider credentials) {
        this.repo = repo;
        this.credentials = credentials;
        this.remote = remote;
        this.branch = branch;
        this.tracking = Constants.R_REMOTES + Constants.DEFAULT_REMOTE_NAME + "/" + branch;
    }

    /**
     * Clones the remote into {@code dataDir} or opens the clone there and catches up; a remote that cannot be
     * reached then leaves an existing clone as it is (the node serves it and the poller tries again).
     */
    static GitSync start(GitDataProperties settings, Path dataDir) {
        GitSync sync = new GitSync(
                DataClone.cloneOrOpen(settings, dataDir),
                settings.gitRemote(),
                settings.gitBranch(),
                settings.credentials().orElse(null));
        log.info("The data in {} follows {} ({})", sync.workTree(), settings.gitRemote(), settings.gitBranch());
        try {
            sync.catchUp();
        } catch (Unavailable e) {
            log.warn("Serving the data as last fetched: {}", e.getMessage());
        }
        return sync;
    }

    /**
     * Nothing left to do: the clone was made when this object was. It is a setup so that the dataset service, which
     * runs every setup before its first load, cannot load before the clone exists.
     */
    @Override
    public void prepare(Path dataDir) {
        if (!workTree().equals(dataDir.toAbsolutePath().normalize())) {
            throw new IllegalStateException("the git clone is in " + workTree() + ", the data directory is " + dataDir);
        }
    }

    Path workTree() {
        return repo.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    @Override
    public void catchUp() {
        fetch();
        fastForward();
    }

    /** Fetches the remote's branch into the tracking ref; the work tree is not touched. */
    void fetch() {
        try (Git git = new Git(repo)) {
            git.fetch()
                    .setRemote(Constants.DEFAULT_REMOTE_NAME)
                    .setRefSpecs(new RefSpec("+" + Constants.R_HEADS + branch + ":" + tracking))
                    .setTimeout(TIMEOUT_SECONDS)
                    .setCredentialsProvider(credentials)
                    .call();
        } catch (GitAPIException | JGitInternalException e) {
            throw new Unavailable("cannot fetch " + remote + ": " + e.getMessage(), e);
        }
    }

    /**
     * Moves the branch and the work tree to the commit last fetched, when that only adds commits.
     *
     * @return whether the work tree changed
     */
    boolean fastForward() {
        try (Git git = new Git(repo)) {
            ObjectId before = head();
            ObjectId theirs = repo.resolve(tracking);
            if (theirs == null || theirs.equals(before)) {
                return false;
            }
            MergeResult result = git.merge()
                    .include(theirs)
                    .setFastForward(MergeCommand.FastForwardMode.FF_ONLY)
                    .call();
            if (!result.getMergeStatus().isSuccessful()) {
                throw new Unavailable(
                        "cannot fast-forward the data directory to " + remote + " " + branch + " ("
                                + result.getMergeStatus() + "): it has commits or changes the remote lacks",
                        null);
            }
            return !head().equals(before);
        } catch (GitAPIException | IOException | JGitInternalException e) {
            throw new Unavailable("cannot fast-forward the data directory: " + e.getMessage(), e);
        }
    }

    /** The commit the work tree is at. */
    ObjectId head() {
        try {
            return repo.resolve(Constants.HEAD);
        } catch (IOException e) {
            throw new Unavailable("cannot read the clone's HEAD: " + e.getMessage(), e);
        }
    }

    @Override
    public Published publish(List<String> files) {
        boolean merged = false;
        try (Git git = new Git(repo)) {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                RemoteRefUpdate.Status status = push(git);
                switch (status) {
                    case OK, UP_TO_DATE -> {
                        published = head();
                        return new Pushed(merged ? Optional.of(head().name()) : Optional.empty(), merged);
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        // Another node pushed since this one caught up: take theirs, then decide.
                        fetch();
                        List<String> overlap =
                                theirChanges().stream().filter(files::contains).toList();
                        if (!overlap.isEmpty() || !rebased(git)) {
                            resetToRemote(git);
                            return new Overlap(overlap.isEmpty() ? files : overlap);
                        }
                        // Two valid saves of different files can still clash (the same event id in two articles).
                        LoadResult loaded = new DatasetLoader().load(workTree());
                        if (!loaded.isValid()) {
                            resetToRemote(git);
                            return new Refused(loaded.problems());
                        }
                        merged = true;
                        log.info("Another node pushed first; this save was put on top of it (attempt {})", attempt);
                    }
                    default -> {
                        resetToRemote(git);
                        throw new Unavailable("the remote refused the push (" + status + ")", null);
                    }
                }
            }
            resetToRemote(git);
            throw new Unavailable("other nodes kept pushing first; tried " + ATTEMPTS + " times", null);
        } catch (GitAPIException | IOException | JGitInternalException e) {
            try (Git git = new Git(repo)) {
                resetToRemote(git);
            }
            throw new Unavailable("cannot push to " + remote + ": " + e.getMessage(), e);
        }
    }

    private RemoteRefUpdate.Status push(Git git) throws GitAPIException {
        String ref = Constants.R_HEADS + branch;
        for (PushResult result : git.push()
                .setRemote(Constants.DEFAULT_REMOTE_NAME)
                .setRefSpecs(new RefSpec(ref + ":" + ref))
                .setTimeout(TIMEOUT_SECONDS)
                .setCredentialsProvider(credentials)
                .call()) {
            RemoteRefUpdate update = result.getRemoteUpdate(ref);
            if (update != null) {
                return update.getStatus();
            }
        }
        return RemoteRefUpdate.Status.NOT_ATTEMPTED;
    }

    /** The files the remote's new commits changed, since where this clone and the remote parted. */
    private Set<String> theirChanges() throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        try (RevWalk walk = new RevWalk(repo);
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            RevCommit theirs = walk.parseCommit(repo.resolve(tracking));
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(head()));
            walk.markStart(theirs);
            RevCommit base = walk.next();
            diff.setRepository(repo);
            for (DiffEntry entry : diff.scan(base == null ? null : base.getTree(), theirs.getTree())) {
                for (String path : List.of(entry.getOldPath(), entry.getNewPath())) {
                    if (!path.equals(DiffEntry.DEV_NULL)) {
                        paths.add(path);
                    }
                }
            }
        }
        return paths;
    }

    private boolean rebased(Git git) throws GitAPIException {
        RebaseResult result = git.rebase().setUpstream(tracking).call();
        if (result.getStatus().isSuccessful()) {
            return true;
        }
        log.warn("Putting the save on top of another node's commits failed ({})", result.getStatus());
        if (result.getStatus() != RebaseResult.Status.UNCOMMITTED_CHANGES) {
            git.rebase().setOperation(RebaseCommand.Operation.ABORT).call();
        }
        return false;
    }

    /** Back to the remote's version: a save the remote does not take must not linger in the clone. */
    private void resetToRemote(Git git) {
        try {
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(tracking).call();
        } catch (GitAPIException | JGitInternalException e) {
            log.error("Cannot reset the data directory to {}: {}", tracking, e.getMessage(), e);
        }
    }

    /** The last commit a save on this node pushed, or null. */
    ObjectId published() {
        return published;
    }

    @Override
    public void close() {
        repo.close();
    }
}
