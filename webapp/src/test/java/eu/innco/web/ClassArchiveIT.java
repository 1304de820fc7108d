package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The class-data archive made at package time (issue 18) belongs to the built jar: the JVM takes it
 * when the README's run command names it from the checkout's root, and it holds the classes a start
 * of the server needs (its own, Jetty's, Jersey's, Oak's, Lucene's, FreeMarker's), not only those
 * of the command line.
 */
class ClassArchiveIT {
    private static final Path JAR = Path.of(System.getProperty("innco.jar", "target/inn-co.jar")).toAbsolutePath();
    private static final Path ARCHIVE = Path.of(System.getProperty("innco.classArchive", "target/inn-co.jsa")).toAbsolutePath();

    @Test
    void the_archive_is_valid_for_the_jar_as_the_readme_runs_it_and_holds_the_servers_classes() throws Exception {
        assumeAnArchiveWasMade();
        assertTrue(Files.isRegularFile(ARCHIVE), "no class-data archive at " + ARCHIVE + " (made by the exec-maven-plugin at package time)");
        Path root = JAR.getParent().getParent().getParent();
        String out = java(root, "-XX:SharedArchiveFile=" + root.relativize(ARCHIVE), "-XX:+PrintSharedArchiveAndExit",
                "-jar", root.relativize(JAR).toString());
        assertTrue(out.contains("archive is valid"), "the JVM refused the archive:\n" + tail(out));
        for (String c : List.of("eu.innco.web.InncoServer", "eu.innco.web.Main", "org.eclipse.jetty.server.Server",
                "org.glassfish.jersey.server.ApplicationHandler", "org.apache.jackrabbit.oak.segment.file.FileStore",
                "org.apache.lucene.index.DirectoryReader", "freemarker.template.Template")) {
            assertTrue(out.contains(": " + c + " app_loader"), c + " is not in the archive");
        }
    }

    @Test
    void a_start_with_the_archive_maps_the_jars_classes_from_it() throws Exception {
        assumeAnArchiveWasMade();
        String out = java(JAR.getParent(), "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info", "-jar", JAR.toString(), "help");
        assertTrue(out.contains("eu.innco.web.Main source: shared objects file (top)"), "Main was not read from the archive:\n" + tail(out));
        assertTrue(out.contains("Usage: java -jar inn-co.jar"), tail(out));
    }

    /**
     * No archive without the JDK's own base archive: a JDK built without one (some distributions') runs
     * the packaging's training without writing any, and the server starts from the jar alone.
     */
    private static void assumeAnArchiveWasMade() {
        Assumptions.assumeFalse(Boolean.getBoolean("innco.classArchive.skip"), "built with -Dinnco.classArchive.skip=true: no archive");
        Path base = Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa");
        Assumptions.assumeTrue(Files.isRegularFile(base), "this JDK has no base class-data archive (" + base + "), so no archive is made");
    }

    private static String java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "java did not finish");
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String tail(String s) {
        return s.length() <= 3000 ? s : s.substring(s.length() - 3000);
    }
}
