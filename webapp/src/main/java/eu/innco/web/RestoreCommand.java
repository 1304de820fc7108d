package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.SegmentBackups;
import eu.innco.repository.StoreKind;
import eu.innco.web.progress.FolderBytes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code restore [--replace] DIR}: a backup made by {@code backup} becomes the segment store of
 * {@code INNCO_HOME} (server stopped). The delivery index is derived data: it is removed, and the
 * next start rebuilds it from the restored content.
 */
final class RestoreCommand {
    private RestoreCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) throws IOException {
        boolean replace = args.contains("--replace");
        List<String> rest = args.stream().filter(a -> !a.equals("--replace")).toList();
        if (rest.size() != 1) {
            err.println("inn-co: usage: restore [--replace] DIR (a folder written by 'backup')");
            return 2;
        }
        RepositoryConfig config = RepositoryConfig.from(settings);
        if (config.store() != StoreKind.SEGMENT) {
            err.println("inn-co: 'restore' restores the embedded segment store; restore a PostgreSQL store with pg_restore or psql (see README).");
            return 2;
        }
        Path backup = Path.of(rest.get(0)).toAbsolutePath().normalize();
        long start = System.nanoTime();
        try (var progress = eu.innco.web.progress.ProgressReporter.start("restore", err, settings)) {
            progress.poll("bytes copied", FolderBytes.of(backup), () -> FolderBytes.of(config.segmentFolder()));
            SegmentBackups.restore(backup, config.segmentFolder(), replace);
        }
        deleteTree(config.home().resolve("index"));
        out.println("restored " + backup + " into " + config.segmentFolder().toAbsolutePath().normalize() + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms; the delivery index is rebuilt at the next start");
        return 0;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
