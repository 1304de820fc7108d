package eu.innco.web.metrics;

import eu.innco.repository.StoreKind;
import eu.innco.web.Services;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
            Gauge.builder("innco.store.disk", () -> bytes(home.resolve("repository"))).baseUnit("bytes")
                    .description("Bytes of the segment store on disk (it grows with writes until compaction)").register(registry);
        }
        if (kind != StoreKind.MEMORY) {
            Gauge.builder("innco.index.disk", () -> bytes(home.resolve("index"))).baseUnit("bytes")
                    .description("Bytes of the delivery index on disk").register(registry);
            Gauge.builder("innco.disk.free", () -> free(home)).baseUnit("bytes")
                    .description("Bytes free for this server on the file system of INNCO_HOME").register(registry);
        }
        Gauge.builder("innco.store.writable", s.repository, r -> r.writeProblem().isEmpty() ? 1 : 0)
                .description("1 while writes are accepted, 0 while they are refused (full disk, failed store)").register(registry);
    }

    static double bytes(Path folder) {
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(StoreMetrics::size).sum();
        } catch (IOException | UncheckedIOException e) {
            return Double.NaN;
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // a file removed meanwhile (compaction, index merge)
        }
    }

    private static double free(Path home) {
        try {
            return Files.getFileStore(home).getUsableSpace();
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
