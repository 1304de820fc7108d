package eu.innco.web;

import eu.innco.config.Settings;
import eu.innco.security.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code export-sse FILE}: the organisations as a CSV in the SSE data standard. */
final class SseExportCommand {
    private SseExportCommand() {}

    static int run(List<String> args, Settings settings, PrintStream out, PrintStream err) throws IOException {
        if (args.size() != 1 || args.get(0).startsWith("--")) throw new IllegalArgumentException("export-sse needs one file: export-sse FILE");
        Path file = Path.of(args.get(0)).toAbsolutePath().normalize();
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (CommandModule m = new CommandModule(settings); OutputStream csv = Files.newOutputStream(file)) {
            int rows = m.sseExporter().write(Actor.SYSTEM, csv);
            out.println("Wrote " + rows + " organisation(s) to " + file);
        }
        return 0;
    }
}
