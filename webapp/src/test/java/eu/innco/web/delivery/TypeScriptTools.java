package eu.innco.web.delivery;

import eu.innco.web.TestServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Node and the npm project of {@code webapp/src/test/typescript-client} (a generator, a compiler, a
 * validator, installed there by {@code npm ci}, never by the Maven build). Where node or those
 * packages are absent the tests are skipped with the reason; with {@code -Dinnco.typescript.required=true}
 * (as CI runs them) that is a failure instead.
 */
final class TypeScriptTools {
    static final String REQUIRED = "innco.typescript.required";

    private final Path node;
    private final Path project;

    private TypeScriptTools(Path node, Path project) {
        this.node = node;
        this.project = project;
    }

    /** Node and the installed project, or the test is skipped (a failure when they are required). */
    static TypeScriptTools require() {
        String reason = missing();
        if (reason != null) {
            if (Boolean.getBoolean(REQUIRED)) throw new IllegalStateException("TypeScript client tests are required but " + reason);
            Assumptions.abort("TypeScript client test skipped: " + reason);
        }
        return new TypeScriptTools(onPath("node"), project());
    }

    /** Why these tests cannot run here, or null when they can. */
    static String missing() {
        if (onPath("node") == null) return "node is not installed (apt-get install nodejs npm)";
        if (!Files.isRegularFile(project().resolve("node_modules/openapi-typescript/bin/cli.js"))
                || !Files.isRegularFile(project().resolve("node_modules/typescript/bin/tsc"))) {
            return "the generator and compiler are not installed (npm ci in webapp/src/test/typescript-client)";
        }
        return null;
    }

    private static Path project() {
        return TestServer.checkout().resolve("webapp/src/test/typescript-client");
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /**
     * A fresh folder under {@code target/} holding the project's sources and a link to its installed
     * packages, so that nothing a test run makes lands in the checkout.
     */
    Path workFolder() throws IOException {
        Path target = TestServer.checkout().resolve("webapp/target");
        Files.createDirectories(target);
        Path dir = Files.createTempDirectory(target, "typescript-client");
        for (String f : List.of("package.json", "tsconfig.json", "reader.ts", "validate.mjs", "conforms.mjs")) {
            Files.copy(project.resolve(f), dir.resolve(f));
        }
        Files.createSymbolicLink(dir.resolve("node_modules"), project.resolve("node_modules"));
        return dir;
    }

    /** Runs a script of the installed packages (or one of the project's own) with node in {@code dir}; its output, or a failure with it. */
    String node(Path dir, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(node.toString(), script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        // read before waiting: a full pipe would stall the process
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command + "\n" + out);
        }
        if (p.exitValue() != 0) throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + out);
        return out;
    }
}
