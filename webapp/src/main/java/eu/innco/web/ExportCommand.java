package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.exports.ExportSelection;
import eu.innco.exports.ExportSummary;
import eu.innco.security.Actor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code export [--type T] [--path P] DIR}: writes items as content-exports files into a folder. */
final class ExportCommand {
    private ExportCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) {
        String type = null;
        String path = null;
        String dir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--type" -> type = value(args, ++i, a);
                case "--path" -> path = value(args, ++i, a);
                default -> {
                    if (a.startsWith("--") || dir != null) throw new IllegalArgumentException("unknown argument '" + a + "' for export");
                    dir = a;
                }
            }
        }
        if (dir == null) throw new IllegalArgumentException("export needs a folder: export [--type T] [--path P] DIR");
        ExportSelection selection = ExportSelection.of(type, path);
        try (CommandModule m = new CommandModule(settings)) {
            ExportSummary s;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("export", err, settings)) {
                s = m.exporter().export(Actor.SYSTEM, selection, Path.of(dir), progress);
            }
            out.println("Exported " + s.items() + " item(s) in " + s.files().size() + " file(s) to " + Path.of(dir).toAbsolutePath().normalize());
        }
        return 0;
    }

    static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException(option + " needs a value");
        return args.get(i);
    }
}
