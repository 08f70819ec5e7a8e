package dev.parley.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the app shows and why, at one moment: the last good dataset and the problems of the latest load attempt. An
 * invalid edit never replaces good data; it only adds problems, which disappear with the next valid load.
 *
 * @param dataset   the last dataset that loaded without problems; {@link Dataset#empty()} when none has yet
 * @param problems  the problems of the latest attempt, sorted by file and position; empty exactly when it was valid
 * @param loadedAt  when {@code dataset} was loaded (for the initial empty dataset: when the first attempt was made)
 * @param checkedAt when the data directory was last read
 * @param valid     whether the latest attempt succeeded, so the files on disk are what is shown
 * @param version   grows by one each time the dataset or the problems change; equal versions mean equal content
 */
public record DatasetState(
        Dataset dataset, List<Problem> problems, Instant loadedAt, Instant checkedAt, boolean valid, long version) {

    public DatasetState {
        Objects.requireNonNull(dataset, "dataset");
        problems = List.copyOf(problems);
        Objects.requireNonNull(loadedAt, "loadedAt");
        Objects.requireNonNull(checkedAt, "checkedAt");
        if (valid != problems.isEmpty()) {
            throw new IllegalArgumentException("a state is valid exactly when it has no problems");
        }
    }

    /** The state after the first load attempt. */
    static DatasetState first(LoadResult result, Instant now) {
        return new DatasetState(
                result.dataset().orElse(Dataset.empty()), result.problems(), now, now, result.isValid(), 1);
    }

    /** The state after a later attempt: a valid result replaces the dataset, an invalid one keeps it. */
    DatasetState next(LoadResult result, Instant now) {
        if (result.dataset().isPresent()) {
            Dataset loaded = result.dataset().get();
            if (valid && loaded.equals(dataset)) {
                return new DatasetState(dataset, List.of(), loadedAt, now, true, version);
            }
            return new DatasetState(loaded, List.of(), now, now, true, version + 1);
        }
        boolean same = !valid && problems.equals(result.problems());
        return new DatasetState(dataset, result.problems(), loadedAt, now, false, same ? version : version + 1);
    }
}
