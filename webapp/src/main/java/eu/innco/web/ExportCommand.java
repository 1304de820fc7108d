package eu.innco.web;

import eu.innco.exports.ExportSelection;
import eu.innco.exports.ExportSummary;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export [--type T] [--path P] DIR}: writes items as content-exports files into a folder. */
@Command(name = "export", description = "Write items as content-exports files into a folder.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Option(names = "--type", paramLabel = "T", description = "only items of this content type") String type;
    @Option(names = "--path", paramLabel = "P", description = "only items whose path starts so, like /organisations/la-") String path;
    @Parameters(paramLabel = "DIR", description = "the folder to write into") Path dir;

    @Override
    public Integer call() {
        ExportSelection selection = ExportSelection.of(type, path);
        try (CommandModule m = new CommandModule(cli.settings)) {
            ExportSummary s;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("export", cli.err, cli.settings)) {
                s = m.exporter().export(Actor.SYSTEM, selection, dir, progress);
            }
            cli.out.println("Exported " + s.items() + " item(s) in " + s.files().size() + " file(s) to " + dir.toAbsolutePath().normalize());
        }
        return 0;
    }
}
