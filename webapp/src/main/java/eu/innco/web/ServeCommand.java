package eu.innco.web;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: starts the server (the default command); it runs until stopped. */
@Command(name = "serve", description = "Start the server (the default). Listens on INNCO_PORT (8080).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;

    @Override
    public Integer call() throws Exception {
        return Cli.serve(cli.settings, cli.out, cli.err);
    }
}
