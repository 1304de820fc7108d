package eu.innco.web;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code completion}: prints a bash completion script for the commands and options, written by
 * picocli from the same declarations that parse them, so it cannot drift from the command line. The
 * script completes a command named {@code inn-co} (a wrapper on the PATH; see the README).
 */
@Command(name = "completion", description = "Print a bash completion script for the command 'inn-co': source <(java -jar inn-co.jar completion).")
final class CompletionCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        cli.out.print(AutoComplete.bash("inn-co", spec.parent().commandLine()));
        cli.out.flush();
        return 0;
    }
}
