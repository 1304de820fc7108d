package eu.innco.web;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server in a child JVM, for what only another process can show: locks, SIGTERM, kill -9. */
public final class ChildServer implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("ready in \\d+ ms at (http://\\S+)");
    private final Process process;
    private final Path log;
    private final URI uri;

    private ChildServer(Process process, Path log, URI uri) {
        this.process = process;
        this.log = log;
        this.uri = uri;
    }

    /** Starts {@code serve} on a segment store in {@code home} and waits until it announces its address. */
    public static ChildServer start(Path home, Map<String, String> env) throws Exception {
        return start(home, env, List.of());
    }

    /** The same with extra JVM options, such as a test-only {@code -D} hook. */
    public static ChildServer start(Path home, Map<String, String> env, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("INNCO_HOME", home.toString());
        pb.environment().put("INNCO_PORT", "0");
        pb.environment().put("INNCO_HOST", "127.0.0.1");
        pb.environment().put("INNCO_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD);
        pb.environment().put("INNCO_LIGHT_MODULES", TestServer.checkout().resolve("light-modules").toString());
        pb.environment().put("INNCO_IMPORT_ON_START", "false");
        pb.environment().putAll(env);
        Files.createDirectories(home);
        Path log = home.resolve("child-" + System.nanoTime() + ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        for (int i = 0; i < 240; i++) {
            Thread.sleep(250);
            Matcher m = READY.matcher(Files.readString(log));
            if (m.find()) return new ChildServer(p, log, URI.create(m.group(1).replace("localhost", "127.0.0.1")));
            if (!p.isAlive()) break;
        }
        p.destroyForcibly();
        throw new IllegalStateException("the child server did not start: " + Files.readString(log));
    }

    public URI uri() { return uri; }

    public Process process() { return process; }

    public String log() throws Exception { return Files.readString(log); }

    /** kill -9: no shutdown hook, no flush, no lock release but the one the OS does. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) kill();
    }
}
