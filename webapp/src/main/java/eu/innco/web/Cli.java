package eu.innco.web;

import eu.innco.InncoException;
import eu.innco.config.Settings;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line's root: {@code java -jar inn-co.jar [command] [options]}. picocli parses the
 * options of each command (one small class each), writes the help and refuses bad arguments; this
 * class holds what every command receives and turns failures into a message and an exit code,
 * never a stack trace: 2 for what the caller can fix (arguments, refused input), 1 for the rest.
 */
@Command(name = "inn-co", synopsisHeading = "Usage: ", customSynopsis = "java -jar inn-co.jar [COMMAND] [OPTIONS]",
        description = "INN-CO Publishing: a headless CMS for the INN-CO partnership. Without a command: serve.",
        commandListHeading = "%nCommands ('help COMMAND' or 'COMMAND --help' for a command's options):%n",
        footerHeading = "%n", footer = Help.CONFIGURATION,
        subcommands = {ServeCommand.class, CreateUserCommand.class, ExportCommand.class, ImportCommand.class,
                SseExportCommand.class, XliffCommand.Export.class, XliffCommand.Import.class, LoadgenCommand.class,
                ReindexCommand.class, GenerateCommand.class, BackupCommand.class, RestoreCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class})
final class Cli {
    static final int USAGE = 2;
    static final int FAILED = 1;

    final Settings settings;
    final PrintStream out;
    final PrintStream err;

    private Cli(Settings settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    static CommandLine of(Settings settings, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Cli(settings, out, err));
        cli.setExpandAtFiles(false); // an argument starting with @ is a value (a path, a body), never a file of arguments
        cli.setUsageHelpWidth(110); // the settings in the footer are laid out for that width
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            err.println("inn-co: " + e.getMessage());
            err.println("Usage: " + c.getHelp().synopsis(0).strip());
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, parsed) -> failed(e, c.getCommandName(), err));
        return cli;
    }

    /** {@code serve} without arguments, failing as the parsed command would. */
    static int serve(Settings settings, PrintStream out, PrintStream err) {
        try {
            Serve.run(ServerConfig.from(settings), out);
            return 0;
        } catch (Exception e) {
            return failed(e, "serve", err);
        }
    }

    private static int failed(Exception e, String command, PrintStream err) {
        if (e instanceof InncoException i) {
            err.println("inn-co: " + i.detail());
            if (i.errors().size() > 1 || (i.errors().size() == 1 && !i.detail().contains(i.errors().get(0).message()))) {
                i.errors().forEach(x -> err.println("  " + x.path() + ": " + x.message()));
            }
            return USAGE;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("inn-co: " + e.getMessage());
            return USAGE;
        }
        err.println("inn-co: " + command + " failed: " + e);
        return FAILED;
    }
}
