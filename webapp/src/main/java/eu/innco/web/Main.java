package eu.innco.web;

import eu.innco.InncoException;
import eu.innco.config.Settings;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The command line: {@code java -jar inn-co.jar [command] [options]}; {@code serve} when no command is given. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        String command = args.length == 0 ? "serve" : args[0];
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        int code;
        try {
            code = run(command, rest, Settings.fromEnvironment(), System.out, System.err);
        } catch (InncoException e) {
            System.err.println("inn-co: " + e.detail());
            e.errors().stream().skip(e.detail().contains(e.errors().isEmpty() ? "" : e.errors().get(0).message()) ? 1 : 0)
                    .forEach(err -> System.err.println("  " + err.path() + ": " + err.message()));
            code = 2;
        } catch (IllegalArgumentException e) {
            System.err.println("inn-co: " + e.getMessage());
            code = 2;
        }
        if (code != 0 || !command.equals("serve")) System.exit(code);
    }

    static int run(String command, List<String> args, Settings settings, PrintStream out, PrintStream err) throws InncoException {
        switch (command) {
            case "serve":
                Serve.run(ServerConfig.from(settings), out);
                return 0;
            case "help":
            case "--help":
            case "-h":
                out.print(Help.TEXT);
                return 0;
            case "create-user":
                return CreateUserCommand.run(args, settings, out, err);
            default:
                err.println("inn-co: unknown command '" + command + "'. Commands: " + Help.COMMANDS + ". Run 'help' for details.");
                return 2;
        }
    }
}
