package eu.innco.web;

import eu.innco.i18n.Languages;
import eu.innco.i18n.xliff.UnitResult;
import eu.innco.i18n.xliff.XliffExport;
import eu.innco.i18n.xliff.XliffImportReport;
import eu.innco.i18n.xliff.XliffSelection;
import eu.innco.security.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code xliff-export --locale pl [--source en] [--type T] [--items ids] [--states s] FILE} and
 * {@code xliff-import FILE}: translators' files from the command line, as the server would do them.
 */
final class XliffCommand {
    private XliffCommand() {}

    @Command(name = "xliff-export", description = "Write an XLIFF 2.0 translators' file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand Cli cli;
        @Mixin HelpOption help;
        @Option(names = "--locale", paramLabel = "L", description = "the language to translate into, like pl") String locale;
        @Option(names = "--source", paramLabel = "L", description = "the language to translate from (each item's own)") String source;
        @Option(names = "--type", paramLabel = "T", description = "only items of this content type") String type;
        @Option(names = "--items", paramLabel = "IDS", description = "only these items: id,id") String items;
        @Option(names = "--states", paramLabel = "S", description = "only values in these states: missing,draft,outdated") String states;
        @Parameters(paramLabel = "FILE", description = "the file to write") Path file;

        @Override
        public Integer call() throws IOException {
            try (CommandModule m = new CommandModule(cli.settings)) {
                Languages languages = m.languages();
                XliffSelection sel = XliffSelection.of(m.locales, m.types, locale, source, type, items, states);
                XliffExport export;
                try (var progress = eu.innco.web.progress.ProgressReporter.start("xliff-export", cli.err, cli.settings)) {
                    export = languages.xliffExport.export(Actor.SYSTEM, sel, progress);
                }
                if (export.isEmpty()) {
                    cli.out.println("Nothing to translate into " + sel.target() + " for this selection; no file written.");
                    return 0;
                }
                try (OutputStream f = Files.newOutputStream(file)) {
                    export.writeTo(f);
                }
                cli.out.println("Wrote " + export.units() + " unit(s) of " + export.items() + " item(s), " + sel.source() + " to "
                        + sel.target() + ", to " + file);
            }
            return 0;
        }
    }

    @Command(name = "xliff-import", description = "Import a translated XLIFF 2 file, all accepted units in one commit.")
    static final class Import implements Callable<Integer> {
        @ParentCommand Cli cli;
        @Mixin HelpOption help;
        @Parameters(paramLabel = "FILE", description = "the translated file") Path file;

        @Override
        public Integer call() throws IOException {
            byte[] xml = Files.readAllBytes(file);
            try (CommandModule m = new CommandModule(cli.settings)) {
                XliffImportReport r;
                try (var progress = eu.innco.web.progress.ProgressReporter.start("xliff-import", cli.err, cli.settings)) {
                    r = m.languages().xliffImport.importFile(Actor.SYSTEM, xml, progress);
                }
                for (UnitResult u : r.units()) {
                    cli.out.printf("%-13s %s %s%s%n", u.outcome(), u.file(), u.unit(), u.message() == null ? "" : ": " + u.message());
                }
                cli.out.println(r.counts());
            }
            return 0;
        }
    }
}
