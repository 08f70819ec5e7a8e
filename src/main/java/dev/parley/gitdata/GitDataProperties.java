package dev.parley.gitdata;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a node takes its data from when several nodes serve one dataset, the {@code parley.data.*} properties. Off
 * (the data directory is the only copy) unless {@code git-remote} is set. Checked when the configuration is read
 * ({@link GitDataSettingsCheck}), so a typo stops the start with a message naming the property; whether the branch
 * exists is checked when the remote is first reached, by {@link DataClone}.
 *
 * @param gitRemote the repository to clone and follow: an {@code https://} (or {@code http://}) URL, a {@code file://}
 *     URL or a local path; empty for none. SSH is refused: Parley has no SSH client (JGit's is a separate module)
 * @param gitBranch the branch every node follows and pushes studio saves to
 * @param gitPoll how often a node fetches the remote
 * @param gitUsername the user for an HTTPS remote that needs one (with a token, often any name, as the host says)
 * @param gitPassword its password or access token; kept out of the URL, so out of the clone's config and the logs
 */
@ConfigurationProperties("parley.data")
public record GitDataProperties(
        @DefaultValue("") String gitRemote,
        @DefaultValue("main") String gitBranch,
        @DefaultValue("30s") Duration gitPoll,
        @DefaultValue("") String gitUsername,
        @DefaultValue("") String gitPassword) {
    private static final Set<String> SCHEMES = Set.of("file", "http", "https");

    public GitDataProperties {
        gitRemote = gitRemote == null ? "" : gitRemote.strip();
        gitUsername = gitUsername == null ? "" : gitUsername;
        gitPassword = gitPassword == null ? "" : gitPassword;
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

    /**
     * Settings without credentials. A factory, not a second constructor: the binder needs the record to have only
     * one.
     */
    static GitDataProperties of(String gitRemote, String gitBranch, Duration gitPoll) {
        return new GitDataProperties(gitRemote, gitBranch, gitPoll, "", "");
    }

    /** The credentials for the remote, when a user or password is set. */
    Optional<CredentialsProvider> credentials() {
        return gitUsername.isEmpty() && gitPassword.isEmpty()
                ? Optional.empty()
                : Optional.of(new UsernamePasswordCredentialsProvider(gitUsername, gitPassword));
    }

    @Override
    public String toString() {
        return "GitDataProperties[gitRemote=" + gitRemote + ", gitBranch=" + gitBranch + ", gitPoll=" + gitPoll
                + ", gitUsername=" + gitUsername + ", gitPassword=" + (gitPassword.isEmpty() ? "" : "(hidden)") + "]";
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
        if ((scheme == null && uri.getHost() != null) || (scheme != null && scheme.contains("ssh"))) {
            throw new IllegalArgumentException("parley.data.git-remote: SSH remotes are not supported (Parley has no"
                    + " SSH client); use an https:// URL with parley.data.git-username and git-password, or a path,"
                    + " not '" + uri.setPass(null) + "'");
        }
        if (scheme != null && !SCHEMES.contains(scheme)) {
            throw new IllegalArgumentException("parley.data.git-remote: '" + scheme + "' is not a transport Parley"
                    + " speaks; use https://, file:// or a local path, not '" + uri.setPass(null) + "'");
        }
        if (uri.getPass() != null) {
            throw new IllegalArgumentException("parley.data.git-remote: put the password in parley.data.git-password"
                    + " (PARLEY_DATA_GIT_PASSWORD), not in the URL, where every clone's config and every log line"
                    + " would show it");
        }
        boolean local = uri.getHost() == null && (scheme == null || scheme.equals("file"));
        if (local && !Files.isDirectory(Path.of(uri.getPath()))) {
            throw new IllegalArgumentException(
                    "parley.data.git-remote: there is no repository at " + uri.getPath() + " ('" + remote + "')");
        }
    }
}
