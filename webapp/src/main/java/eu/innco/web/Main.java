package eu.innco.web;

import eu.innco.config.Settings;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;

/** The command line: {@code java -jar inn-co.jar [command] [options]}; {@code serve} when no command is given (see {@link Cli}). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        String command = args.length == 0 ? "serve" : args[0];
        Settings settings = Settings.fromEnvironment();
        // the server's classes load on the second core while this thread opens the repository (issue 18),
        // unless a class-data archive brings them already
        if (command.equals("serve") && !settings.get("INNCO_CLASS_PRELOAD", "true").equals("false")
                && !eu.innco.web.startup.ClassPreload.archiveGiven(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())) {
            eu.innco.web.startup.ClassPreload.begin();
        }
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        // plain `java -jar`: nothing to parse, so picocli's model of every command is not built (issue 18: its classes
        // predate Java 6 and stay outside the class-data archive, and building it spun proxies at each start)
        int code = args.length == 0 ? Cli.serve(settings, System.out, System.err) : run(command, rest, settings, System.out, System.err);
        if (code != 0 || !command.equals("serve")) System.exit(code);
    }

    /** Runs a command and turns every expected failure into a message and an exit code, never a stack trace. */
    static int run(String command, List<String> args, Settings settings, PrintStream out, PrintStream err) {
        if (command.equals("--help") || command.equals("-h")) command = "help";
        CommandLine cli = Cli.of(settings, out, err);
        if (!cli.getSubcommands().containsKey(command)) {
            err.println("inn-co: unknown command '" + command + "'. Commands: " + String.join(", ", cli.getSubcommands().keySet())
                    + ". Run 'help' for details.");
            return Cli.USAGE;
        }
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(args);
        return cli.execute(all.toArray(String[]::new));
    }
}
