package dev.parley.dataset;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code dataset} component of {@code /actuator/health}, so an operator (or a load balancer) can tell whether
 * the files on disk are what is served:
 * <ul>
 *   <li>{@code UP}: the latest load attempt succeeded;</li>
 *   <li>{@code DEGRADED} (HTTP 200): the latest attempt failed, the last good dataset is still served; the instance
 *       stays in rotation, since users see valid (if stale) data, but monitoring can alert on it;</li>
 *   <li>{@code OUT_OF_SERVICE} (HTTP 503): no valid dataset has loaded yet, so there is nothing to show.</li>
 * </ul>
 * Details are counts and times only: no paths, file names or problem texts, which the health endpoint would
 * otherwise hand to anyone who can reach it.
 */
@Component("dataset")
class DatasetHealthIndicator implements HealthIndicator {
    /** The latest edit was rejected; the last good data is still served. */
    static final Status DEGRADED =
            new Status("DEGRADED", "the latest data files are invalid; the last valid data" + " is served");

    private final DatasetService datasets;

    DatasetHealthIndicator(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public Health health() {
        DatasetState state = datasets.current();
        Health.Builder builder;
        if (state.valid()) {
            builder = Health.up();
        } else if (state.dataset().isEmpty()) {
            builder = Health.outOfService();
        } else {
            builder = Health.status(DEGRADED);
        }
        Dataset d = state.dataset();
        return builder.withDetail("valid", state.valid())
                .withDetail("loadedAt", state.loadedAt().toString())
                .withDetail("checkedAt", state.checkedAt().toString())
                .withDetail("problems", state.problems().size())
                .withDetail("actors", d.actors().size())
                .withDetail("articles", d.articles().size())
                .withDetail("events", d.events().size())
                .build();
    }
}
