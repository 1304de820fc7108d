package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.i18n.Languages;
import eu.innco.i18n.xliff.UnitResult;
import eu.innco.i18n.xliff.XliffExport;
import eu.innco.i18n.xliff.XliffImportReport;
import eu.innco.i18n.xliff.XliffSelection;
import eu.innco.security.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code xliff-export --locale pl [--source en] [--type T] [--items ids] [--states s] FILE} and
 * {@code xliff-import FILE}: translators' files from the command line, as the server would do them.
 */
final class XliffCommand {
    private XliffCommand() {}

    static int export(List<String> args, Settings settings, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> o = options(args, List.of("--locale", "--source", "--type", "--items", "--states"), "xliff-export");
        String file = o.get("");
        if (file == null) throw new IllegalArgumentException("xliff-export needs a file: xliff-export --locale pl [--type T] FILE");
        try (CommandModule m = new CommandModule(settings)) {
            Languages languages = m.languages();
            XliffSelection sel = XliffSelection.of(m.locales, m.types, o.get("--locale"), o.get("--source"), o.get("--type"),
                    o.get("--items"), o.get("--states"));
            XliffExport export;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("xliff-export", err, settings)) {
                export = languages.xliffExport.export(Actor.SYSTEM, sel, progress);
            }
            if (export.isEmpty()) {
                out.println("Nothing to translate into " + sel.target() + " for this selection; no file written.");
                return 0;
            }
            try (OutputStream f = Files.newOutputStream(Path.of(file))) {
                export.writeTo(f);
            }
            out.println("Wrote " + export.units() + " unit(s) of " + export.items() + " item(s), " + sel.source() + " to " + sel.target()
                    + ", to " + file);
        }
        return 0;
    }

    static int importFile(List<String> args, Settings settings, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> o = options(args, List.of(), "xliff-import");
        if (o.get("") == null) throw new IllegalArgumentException("xliff-import needs a file: xliff-import FILE");
        byte[] xml = Files.readAllBytes(Path.of(o.get("")));
        try (CommandModule m = new CommandModule(settings)) {
            XliffImportReport r;
            try (var progress = eu.innco.web.progress.ProgressReporter.start("xliff-import", err, settings)) {
                r = m.languages().xliffImport.importFile(Actor.SYSTEM, xml, progress);
            }
            for (UnitResult u : r.units()) {
                out.printf("%-13s %s %s%s%n", u.outcome(), u.file(), u.unit(), u.message() == null ? "" : ": " + u.message());
            }
            out.println(r.counts());
        }
        return 0;
    }

    private static Map<String, String> options(List<String> args, List<String> known, String command) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (known.contains(a) && i + 1 < args.size()) out.put(a, args.get(++i));
            else if (a.startsWith("--") || out.containsKey("")) throw new IllegalArgumentException("unknown argument '" + a + "' for " + command);
            else out.put("", a);
        }
        return out;
    }
}
