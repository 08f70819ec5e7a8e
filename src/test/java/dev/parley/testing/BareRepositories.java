package dev.parley.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** Bare git repositories on disk, like the shared data repository of several nodes. */
public final class BareRepositories {
    private BareRepositories() {}

    /** Makes {@code bare} a bare repository whose {@code main} holds one commit with a copy of the files of {@code files}. */
    public static Path withFiles(Path files, Path bare) {
        try {
            Git.init()
                    .setBare(true)
                    .setInitialBranch("main")
                    .setDirectory(bare.toFile())
                    .call()
                    .close();
            Path seed = Files.createTempDirectory("parley-seed-");
            Fixtures.copyTree(files, seed);
            try (Git git = Git.init()
                    .setInitialBranch("main")
                    .setDirectory(seed.toFile())
                    .call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("Data as it starts").setSign(false).call();
                git.push().setRemote(bare.toUri().toString()).add("main").call();
            }
            return bare;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }
}
