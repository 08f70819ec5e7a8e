package dev.parley.dataset;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DatasetLoader#load} found: a dataset only when the files have no problem at all, so a half-valid
 * dataset never reaches the views.
 */
public record LoadResult(Optional<Dataset> dataset, List<Problem> problems) {

    public LoadResult {
        Objects.requireNonNull(dataset, "dataset");
        problems = List.copyOf(problems);
        if (dataset.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a dataset is present exactly when there are no problems");
        }
    }

    static LoadResult valid(Dataset dataset) {
        return new LoadResult(Optional.of(dataset), List.of());
    }

    static LoadResult invalid(List<Problem> problems) {
        return new LoadResult(Optional.empty(), problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
