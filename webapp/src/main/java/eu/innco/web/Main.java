package eu.innco.web;

import eu.innco.InncoException;
import eu.innco.config.Settings;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The command line: {@code java -jar inn-co.jar [command] [options]}; {@code serve} when no command is given. */
public final class Main {
    /** Every command by name; each is one small class. */
    static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("serve", (args, settings, out, err) -> { Serve.run(ServerConfig.from(settings), out); return 0; });
        COMMANDS.put("create-user", CreateUserCommand::run);
        COMMANDS.put("export", ExportCommand::run);
        COMMANDS.put("import", ImportCommand::run);
        COMMANDS.put("export-sse", SseExportCommand::run);
        COMMANDS.put("xliff-export", XliffCommand::export);
        COMMANDS.put("xliff-import", XliffCommand::importFile);
        COMMANDS.put("loadgen", LoadgenCommand::run);
        COMMANDS.put("reindex", ReindexCommand::run);
        COMMANDS.put("generate", GenerateCommand::run);
        COMMANDS.put("backup", BackupCommand::run);
        COMMANDS.put("restore", RestoreCommand::run);
        COMMANDS.put("help", (args, settings, out, err) -> { out.print(Help.TEXT); return 0; });
    }

    private Main() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        String command = args.length == 0 ? "serve" : args[0];
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        int code = run(command, rest, Settings.fromEnvironment(), System.out, System.err);
        if (code != 0 || !command.equals("serve")) System.exit(code);
    }

    /** Runs a command and turns every expected failure into a message and an exit code, never a stack trace. */
    static int run(String command, List<String> args, Settings settings, PrintStream out, PrintStream err) {
        if (command.equals("--help") || command.equals("-h")) command = "help";
        Command c = COMMANDS.get(command);
        if (c == null) {
            err.println("inn-co: unknown command '" + command + "'. Commands: " + String.join(", ", COMMANDS.keySet())
                    + ". Run 'help' for details.");
            return 2;
        }
        try {
            return c.run(args, settings, out, err);
        } catch (InncoException e) {
            err.println("inn-co: " + e.detail());
            if (e.errors().size() > 1 || (e.errors().size() == 1 && !e.detail().contains(e.errors().get(0).message()))) {
                e.errors().forEach(x -> err.println("  " + x.path() + ": " + x.message()));
            }
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("inn-co: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("inn-co: " + command + " failed: " + e);
            return 1;
        }
    }
}
