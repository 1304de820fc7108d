package eu.innco.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system: a tmpfs mounted for the test (CI runs as root), unmounted at the end.
 * Where mounting is not allowed the test is skipped, and says why.
 */
final class SmallDisk implements AutoCloseable {
    private final Path root;
    private final Path filler;

    private SmallDisk(Path root) {
        this.root = root;
        this.filler = root.resolve("filler.bin");
    }

    static SmallDisk mount(Path dir, int megabytes) throws Exception {
        Files.createDirectories(dir);
        String result = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", dir.toString()));
        Assumptions.assumeTrue(result.isEmpty(), "SKIPPED: cannot mount a " + megabytes + " MB tmpfs for the full-disk test (needs root): " + result);
        return new SmallDisk(dir);
    }

    Path root() { return root; }

    long usable() throws IOException {
        return Files.getFileStore(root).getUsableSpace();
    }

    /** Another program fills the disk until only {@code leaveBytes} are free. */
    void fillLeaving(long leaveBytes) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (usable() - chunk.length >= leaveBytes) out.write(chunk);
        }
    }

    /** That program's file deleted: the space is back. */
    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws Exception {
        String result = run(List.of("umount", root.toString()));
        if (!result.isEmpty()) run(List.of("umount", "-l", root.toString()));
    }

    /** Runs a command; empty when it succeeded, else what it said. */
    private static String run(List<String> command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        return p.exitValue() == 0 ? "" : "exit " + p.exitValue() + ": " + out.trim();
    }
}
