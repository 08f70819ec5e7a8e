package dev.parley.dataset;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code --validate [dir]}: checks a data directory the way the app loads it and prints every problem, for curators
 * and CI. It runs before (and without) Spring, so it is quick and has no side effects.
 */
public final class ValidateCommand {
    /** The command-line flag that selects this command. */
    public static final String FLAG = "--validate";

    static final String DEFAULT_DIR = "data";
    static final String USAGE = "usage: parley --validate [data-directory]   (default: " + DEFAULT_DIR + ")";

    private ValidateCommand() {}

    /**
     * Validates the directory named in {@code args} ({@code --validate [dir]}) and prints one line per problem, then
     * a summary line.
     *
     * @return 0 when the data is valid, 1 when it has problems, 2 when the arguments are wrong
     */
    public static int run(String[] args, PrintStream out) {
        if (args.length == 0
                || args.length > 2
                || !FLAG.equals(args[0])
                || args.length == 2 && (args[1].isBlank() || args[1].startsWith("-"))) {
            out.println(USAGE);
            out.flush();
            return 2;
        }
        Path dir;
        try {
            dir = Path.of(args.length == 2 ? args[1] : DEFAULT_DIR);
        } catch (InvalidPathException e) {
            out.println("not a path: " + args[1]);
            out.println(USAGE);
            out.flush();
            return 2;
        }
        LoadResult result = new DatasetLoader().load(dir);
        String shown = DatasetLoader.display(dir);
        int status;
        if (result.dataset().isPresent()) {
            Dataset dataset = result.dataset().get();
            out.println("OK: " + dataset.actors().size() + " actors, "
                    + dataset.articles().size() + " articles, "
                    + dataset.events().size() + " events in " + shown);
            status = 0;
        } else {
            result.problems().forEach(out::println);
            int n = result.problems().size();
            out.println("FAILED: " + n + (n == 1 ? " problem" : " problems") + " in " + shown);
            status = 1;
        }
        out.flush();
        return status;
    }
}
