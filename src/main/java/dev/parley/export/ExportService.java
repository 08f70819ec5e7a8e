package dev.parley.export;

import dev.parley.dataset.Dataset;
import dev.parley.dataset.DatasetService;
import dev.parley.event.EventFilter;
import dev.parley.network.ActorNetwork;
import dev.parley.network.NetworkService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The downloads of issue 4, "from the current view": given the dataset and the {@link EventFilter} a view shows, it
 * describes each {@link DataFormat} as a {@link Download} (file name, content type, content). Events and network
 * follow the filter; the data files are the whole data directory. The network comes from {@link NetworkService}, so
 * a network the view has already built (with its metrics and layout) is reused. Stateless apart from its
 * collaborators and thread-safe; the content is computed when it is written, not when it is described.
 */
@Service
public class ExportService {
    private final BiFunction<Dataset, EventFilter, ActorNetwork> networks;
    private final Path dataDir;
    private final Clock clock;

    @Autowired
    ExportService(NetworkService networks, DatasetService datasets, ObjectProvider<Clock> clock) {
        this(networks::network, datasets.dataDir(), clock.getIfAvailable(Clock::systemUTC));
    }

    ExportService(BiFunction<Dataset, EventFilter, ActorNetwork> networks, Path dataDir, Clock clock) {
        this.networks = Objects.requireNonNull(networks, "networks");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The download of {@code format} for what the view shows. Cheap: nothing is computed until it is written. */
    public Download download(DataFormat format, Dataset dataset, EventFilter filter) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(filter, "filter");
        String name = ExportNames.fileName(format, filter, today());
        return new Download(
                format,
                name,
                switch (format) {
                    case EVENTS_CSV -> out -> new EventsCsv().write(filter.select(dataset), dataset, out);
                    case EVENTS_JSON ->
                        out -> new EventsJson().write(filter.select(dataset), dataset, filter, clock.instant(), out);
                    case NETWORK_GEXF -> out -> new NetworkGexf().write(networks.apply(dataset, filter), today(), out);
                    case NETWORK_GRAPHML -> out -> new NetworkGraphml().write(networks.apply(dataset, filter), out);
                    case DATASET_ZIP -> out -> new DatasetZip().write(dataDir, out);
                });
    }

    /** The file name {@link #download} would give, for a label or a link. */
    public String fileName(DataFormat format, EventFilter filter) {
        return ExportNames.fileName(format, filter, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
