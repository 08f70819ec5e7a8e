package dev.parley.deploy;

import dev.parley.dataset.DatasetLoader;
import dev.parley.dataset.LoadResult;
import dev.parley.deploy.Cluster.Node;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * The data pushes of a soak, from a curator's clone of the shared repository: in turn a valid edit (an article taken
 * out, or put back, as a retraction and its reversal would) and an invalid one (a half-written article file, which
 * the next valid edit removes). After each push it reads every node's {@code /actuator/health} until the node has
 * applied a valid push (valid, with the events the edit leaves) or refused an invalid one (its problems reported,
 * still serving the last good events), and records how long that took.
 */
final class DataPushes {
    static final String HALF_WRITTEN = "articles/soak-half-written.yaml";
    private static final Pattern EVENTS = Pattern.compile("\"events\":(\\d+)");
    private static final Pattern PROBLEMS = Pattern.compile("\"problems\":(\\d+)");

    enum Outcome {
        APPLIED,
        REFUSED,
        MISSED
    }

    /** What one node made of one push, {@code millis} after the push returned; its health answer when missed. */
    record Seen(String node, Outcome outcome, long millis, String health) {}

    /** One push, the events the nodes should serve after it, and what each node made of it. */
    record Push(int number, boolean valid, int events, List<Seen> seen) {}

    private final Path clone;
    private final Path retracted;
    private final Path retractedCopy;
    private final Duration deadline;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Push> pushes = new CopyOnWriteArrayList<>();
    private int goodEvents;

    private DataPushes(Path clone, Path retracted, Path retractedCopy, Duration deadline, int goodEvents) {
        this.clone = clone;
        this.retracted = retracted;
        this.retractedCopy = retractedCopy;
        this.deadline = deadline;
        this.goodEvents = goodEvents;
    }

    /**
     * A curator's clone of {@code bare} in {@code clone}, whose valid edits take out and put back the last article
     * (a copy waits in {@code spare}); each node must reach a push's outcome within {@code deadline}.
     */
    static DataPushes clone(Path bare, Path clone, Path spare, Duration deadline) throws IOException, GitAPIException {
        Git.cloneRepository()
                .setURI(bare.toUri().toString())
                .setDirectory(clone.toFile())
                .call()
                .close();
        Path last;
        try (Stream<Path> articles = Files.list(clone.resolve("articles"))) {
            last = articles.filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
        Files.createDirectories(spare);
        Path copy = Files.copy(last, spare.resolve(last.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return new DataPushes(clone, last, copy, deadline, eventsOf(clone, true));
    }

    /** Pushes the next edit (valid first, then invalid, in turn) and waits for every node's outcome. */
    Push next(List<Node> nodes) throws IOException, GitAPIException, InterruptedException {
        int number = pushes.size() + 1;
        boolean valid = number % 2 == 1;
        if (valid) {
            Files.deleteIfExists(clone.resolve(HALF_WRITTEN));
            if (Files.exists(retracted)) {
                Files.delete(retracted);
            } else {
                Files.copy(retractedCopy, retracted);
            }
            goodEvents = eventsOf(clone, true);
        } else {
            Files.writeString(
                    clone.resolve(HALF_WRITTEN), "title: \"Soak push " + number + ": a file saved half-way\nurl: ");
            eventsOf(clone, false);
        }
        commitAndPush((valid ? "Valid" : "Invalid") + " edit " + number + " of the soak");
        long pushed = System.nanoTime();
        List<Seen> seen = new ArrayList<>();
        for (Node node : nodes) {
            seen.add(await(node, valid, pushed));
        }
        Push push = new Push(number, valid, goodEvents, List.copyOf(seen));
        pushes.add(push);
        return push;
    }

    List<Push> pushes() {
        return pushes;
    }

    private Seen await(Node node, boolean valid, long pushed) throws InterruptedException {
        long until = pushed + deadline.toNanos();
        String health = "";
        while (System.nanoTime() < until) {
            health = health(node);
            int events = number(EVENTS, health);
            boolean isValid = health.contains("\"valid\":true");
            if (events == goodEvents && (valid ? isValid : !isValid && number(PROBLEMS, health) > 0)) {
                return new Seen(
                        node.name,
                        valid ? Outcome.APPLIED : Outcome.REFUSED,
                        (System.nanoTime() - pushed) / 1_000_000,
                        "");
            }
            Thread.sleep(100);
        }
        return new Seen(node.name, Outcome.MISSED, deadline.toMillis(), health);
    }

    private String health(Node node) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(node.directUrl("/actuator/health")))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The events of the data in {@code dir}, which must be valid or invalid as {@code valid} says. */
    private static int eventsOf(Path dir, boolean valid) {
        LoadResult result = new DatasetLoader().load(dir);
        if (result.isValid() != valid) {
            throw new IllegalStateException("the soak's edit should leave the data " + (valid ? "valid" : "invalid")
                    + " but it is not: " + result.problems());
        }
        return result.dataset().map(d -> d.events().size()).orElse(-1);
    }

    private void commitAndPush(String message) throws IOException, GitAPIException {
        try (Git git = Git.open(clone.toFile())) {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            git.commit().setMessage(message).setSign(false).call();
            git.push()
                    .call()
                    .forEach(result -> result.getRemoteUpdates().forEach(update -> {
                        if (update.getStatus() != RemoteRefUpdate.Status.OK) {
                            throw new IllegalStateException("push refused by the remote: " + update.getStatus());
                        }
                    }));
        }
    }
}
