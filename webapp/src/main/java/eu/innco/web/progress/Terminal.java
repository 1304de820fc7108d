package eu.innco.web.progress;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a stream of this process is a terminal, where a redrawn line makes sense (not a pipe or a file). */
final class Terminal {
    private Terminal() {}

    static boolean is(PrintStream stream) {
        int fd = stream == System.err ? 2 : stream == System.out ? 1 : -1;
        if (fd < 0 || "dumb".equals(System.getenv("TERM"))) return false;
        // Linux names what a descriptor points at; Java 17 itself only tells whether stdin and stdout both are terminals
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
