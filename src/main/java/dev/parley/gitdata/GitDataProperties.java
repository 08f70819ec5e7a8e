package dev.parley.gitdata;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a node takes its data from when several nodes serve one dataset, the {@code parley.data.*} properties. Off
 * (the data directory is the only copy) unless {@code git-remote} is set. Checked when the configuration is read
 * ({@link GitDataSettingsCheck}), so a typo stops the start with a message naming the property; whether the branch
 * exists is checked when the remote is first reached, by {@link DataClone}.
 *
 * @param gitRemote the repository to clone and follow: a URL ({@code https://}, {@code ssh://}, {@code git@host:path},
 *     {@code file://}) or a local path; empty for none
 * @param gitBranch the branch every node follows and pushes studio saves to
 * @param gitPoll how often a node fetches the remote
 */
@ConfigurationProperties("parley.data")
public record GitDataProperties(
        @DefaultValue("") String gitRemote,
        @DefaultValue("main") String gitBranch,
        @DefaultValue("30s") Duration gitPoll) {
    private static final Set<String> SCHEMES = Set.of("file", "http", "https", "ssh", "git");

    public GitDataProperties {
        gitRemote = gitRemote == null ? "" : gitRemote.strip();
        if (!gitRemote.isEmpty()) {
            checkRemote(gitRemote);
            if (gitBranch == null || !Repository.isValidRefName("refs/heads/" + gitBranch)) {
                throw new IllegalArgumentException(
                        "parley.data.git-branch must be a branch name such as main, not '" + gitBranch + "'");
            }
            if (gitPoll == null || gitPoll.isZero() || gitPoll.isNegative()) {
                throw new IllegalArgumentException("parley.data.git-poll must be a positive duration such as 30s, not "
                        + gitPoll + " (a node that never fetches would never see the other nodes' saves)");
            }
        }
    }

    /** Whether the data comes from a git remote. */
    public boolean enabled() {
        return !gitRemote.isEmpty();
    }

    private static void checkRemote(String remote) {
        URIish uri;
        try {
            uri = new URIish(remote);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("parley.data.git-remote is not a git URL or path: '" + remote + "'", e);
        }
        String scheme = uri.getScheme();
        if (scheme != null && !SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("parley.data.git-remote: '" + scheme + "' is not a git transport; use"
                    + " https://, ssh://, git@host:path, file:// or a local path, not '" + remote + "'");
        }
        boolean local = uri.getHost() == null && (scheme == null || scheme.equals("file"));
        if (local && !Files.isDirectory(Path.of(uri.getPath()))) {
            throw new IllegalArgumentException(
                    "parley.data.git-remote: there is no repository at " + uri.getPath() + " ('" + remote + "')");
        }
    }
}
