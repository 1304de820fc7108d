package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.exports.ImportResult;
import eu.innco.exports.ImportedItem;
import eu.innco.security.Actor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code import [--dry-run] DIR}: imports a folder of content-exports files, all or nothing. */
final class ImportCommand {
    private ImportCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        boolean dryRun = false;
        String dir = null;
        for (String a : args) {
            if (a.equals("--dry-run")) dryRun = true;
            else if (a.startsWith("--") || dir != null) throw new IllegalArgumentException("unknown argument '" + a + "' for import");
            else dir = a;
        }
        if (dir == null) throw new IllegalArgumentException("import needs a folder: import [--dry-run] DIR");
        try (CommandModule m = new CommandModule(settings)) {
            ImportResult r;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("import", err, settings)) {
                r = m.importer().importFolder(Actor.SYSTEM, Path.of(dir), Path.of(dir).toString(), dryRun, progress);
            }
            for (ImportedItem i : r.items()) {
                out.printf("%-9s %s -> %s%s%n", i.outcome().label(), i.file(), i.path(),
                        i.publish().isEmpty() ? "" : " (publish " + String.join(", ", i.publish()) + ")");
            }
            out.println(r.summary());
        }
        return 0;
    }
}
