package eu.innco.web;

import eu.innco.exports.ImportResult;
import eu.innco.exports.ImportedItem;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import [--dry-run] DIR}: imports a folder of content-exports files, all or nothing. */
@Command(name = "import", description = "Import a folder of content-exports files, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Option(names = "--dry-run", description = "check and report, write nothing") boolean dryRun;
    @Parameters(paramLabel = "DIR", description = "the folder to import") Path dir;

    @Override
    public Integer call() {
        try (CommandModule m = new CommandModule(cli.settings)) {
            ImportResult r;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("import", cli.err, cli.settings)) {
                r = m.importer().importFolder(Actor.SYSTEM, dir, dir.toString(), dryRun, progress);
            }
            for (ImportedItem i : r.items()) {
                cli.out.printf("%-9s %s -> %s%s%n", i.outcome().label(), i.file(), i.path(),
                        i.publish().isEmpty() ? "" : " (publish " + String.join(", ", i.publish()) + ")");
            }
            cli.out.println(r.summary());
        }
        return 0;
    }
}
