package dev.parley.explorer.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a printed page cannot show what its address asks for, said on the page in place of its content
 * ({@link PrintProblemView}), and the HTTP status of the page's first answer ({@link PrintStatusFilter}): 400 when the
 * address lacks the parameter or it cannot be read, 404 when it names nothing in the data.
 */
record PrintProblem(String title, String message, int status) {
    static PrintProblem missing(String title, String parameter, String what) {
        return new PrintProblem(
                title,
                "The address names no " + parameter + ": add ?" + parameter + "=… with " + what
                        + ", or open this page from the explorer.",
                400);
    }

    static PrintProblem unknown(String title, String message) {
        return new PrintProblem(title, message + " Open this page from the explorer, or check the address.", 404);
    }

    /**
     * The first value of a parameter as given, stripped.
     *
     * @throws Refused with a 400 when it is absent or blank
     */
    static String required(Map<String, List<String>> parameters, String name, String problemTitle, String what) {
        return parameter(parameters, name)
                .orElseThrow(() -> missing(problemTitle, name, what).refused());
    }

    /** The first value of a parameter as given, stripped; empty when absent or blank. */
    static Optional<String> parameter(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name))
                .flatMap(values -> values.stream().findFirst())
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    /** The problem as an exception, to leave a printed page while it is filled. */
    Refused refused() {
        return new Refused(this);
    }

    /** Leaves the printed page for {@link PrintProblemView}, which shows the problem. */
    void refuse(BeforeEnterEvent event) {
        event.rerouteToError(refused(), message);
    }

    /** A printed page refused, for Vaadin's router to take to {@link PrintProblemView}. */
    static final class Refused extends RuntimeException {
        private final transient PrintProblem problem;

        Refused(PrintProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        PrintProblem problem() {
            return problem;
        }
    }
}
