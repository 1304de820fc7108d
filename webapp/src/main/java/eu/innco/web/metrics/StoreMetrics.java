package eu.innco.web.metrics;

import eu.innco.repository.StoreKind;
import eu.innco.web.Services;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store's figures: bytes on disk of the segment store and of the delivery index, free space
 * where they live, and whether writes are accepted (see INNCO_MIN_FREE_MB). Sizes are summed from
 * the files at each scrape: the segment store holds few, large files.
 */
final class StoreMetrics {
    private StoreMetrics() {}

    static void bind(Services s, MeterRegistry registry) {
        Path home = s.config.repository().home();
        StoreKind kind = s.repository.kind();
        if (kind == StoreKind.SEGMENT) {
            Gauge.builder("innco.store.disk", () -> eu.innco.web.progress.FolderBytes.of(home.resolve("repository"))).baseUnit("bytes")
                    .description("Bytes of the segment store on disk (it grows with writes until compaction)").register(registry);
        }
        if (kind != StoreKind.MEMORY) {
            Gauge.builder("innco.index.disk", () -> eu.innco.web.progress.FolderBytes.of(home.resolve("index"))).baseUnit("bytes")
                    .description("Bytes of the delivery index on disk").register(registry);
            Gauge.builder("innco.disk.free", () -> free(home)).baseUnit("bytes")
                    .description("Bytes free for this server on the file system of INNCO_HOME").register(registry);
        }
        Gauge.builder("innco.store.writable", s.repository, r -> r.writeProblem().isEmpty() ? 1 : 0)
                .description("1 while writes are accepted, 0 while they are refused (full disk, failed store)").register(registry);
    }

    private static double free(Path home) {
        try {
            return Files.getFileStore(home).getUsableSpace();
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
