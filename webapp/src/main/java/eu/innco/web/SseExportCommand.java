package eu.innco.web;

import eu.innco.security.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export-sse FILE}: the organisations as a CSV in the SSE data standard. */
@Command(name = "export-sse", description = "Write the organisations as an SSE data standard CSV.")
final class SseExportCommand implements Callable<Integer> {
    @ParentCommand Cli cli;
    @Mixin HelpOption help;
    @Parameters(paramLabel = "FILE", description = "the CSV file to write") Path given;

    @Override
    public Integer call() throws IOException {
        Path file = given.toAbsolutePath().normalize();
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (CommandModule m = new CommandModule(cli.settings); OutputStream csv = Files.newOutputStream(file)) {
            int rows = m.sseExporter().write(Actor.SYSTEM, csv);
            cli.out.println("Wrote " + rows + " organisation(s) to " + file);
        }
        return 0;
    }
}
