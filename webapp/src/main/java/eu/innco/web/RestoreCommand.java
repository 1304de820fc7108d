package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.repository.RepositoryConfig;
import eu.innco.repository.SegmentBackups;
import eu.innco.repository.StoreKind;
import eu.innco.web.progress.FolderBytes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restore [--replace] DIR}: a backup made by {@code backup} becomes the segment store of
 * {@code INNCO_HOME} (server stopped). The delivery index is derived data: it is removed, and the
 * next start rebuilds it from the restored content.
 */
@Command(name = "restore", description = "Make a backup the segment store of INNCO_HOME (server stopped).")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Option(names = "--replace", description = "replace the repository INNCO_HOME holds") boolean replace;
    @Parameters(paramLabel = "DIR", description = "a folder written by 'backup'") Path dir;

    @Override
    public Integer call() throws IOException {
        Settings settings = cli.settings;
        PrintStream out = cli.out;
        PrintStream err = cli.err;
        RepositoryConfig config = RepositoryConfig.from(settings);
        if (config.store() != StoreKind.SEGMENT) {
            err.println("inn-co: 'restore' restores the embedded segment store; restore a PostgreSQL store with pg_restore or psql (see README).");
            return Cli.USAGE;
        }
        Path backup = dir.toAbsolutePath().normalize();
        long start = System.nanoTime();
        try (var progress = eu.innco.web.progress.ProgressReporter.start("restore", err, settings)) {
            progress.poll("bytes copied", FolderBytes.of(backup), () -> FolderBytes.of(config.segmentFolder()));
            SegmentBackups.restore(backup, config.segmentFolder(), replace);
        }
        FolderTrees.delete(config.home().resolve("index"));
        out.println("restored " + backup + " into " + config.segmentFolder().toAbsolutePath().normalize() + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms; the delivery index is rebuilt at the next start");
        return 0;
    }
}
