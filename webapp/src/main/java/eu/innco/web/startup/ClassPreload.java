package eu.innco.web.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and links, on the second core, the classes a start of the server goes on to need, in the
 * order a recorded start needed them (issue 18, third pass): some 6,600 classes of the jar, read
 * from the jar, defined and verified, were a fifth of the main thread's start. While the main
 * thread opens the repository (its own classes first, then I/O), this thread gets ahead of it, so
 * that the web application finds Jetty's, Jersey's, FreeMarker's and the validators' classes ready.
 *
 * <p>It never initialises a class (no static initialiser runs here): two threads initialising
 * Jersey's classes at once could hang (docs/decisions.md), whereas loading and linking are safe on
 * any thread (the class loader is parallel-capable and the JVM links each class once under its own
 * lock). A class of the list that no longer exists, or fails to link, is skipped: the main thread
 * then meets it as it would have without this thread. The list ({@link #LIST}) is made by
 * {@code docs/bench/class-list.sh}; an old list only loses part of the gain.
 */
public final class ClassPreload {
    static final String LIST = "/eu/innco/web/startup/classes.txt";

    private ClassPreload() {}

    /**
     * Whether the JVM was given a class-data archive ({@code -XX:SharedArchiveFile}, as the README's run
     * command gives the one {@code mvn package} makes): its classes come mapped and verified, and this
     * thread would only spend a few hundred milliseconds of CPU on reflection (measured: a start some
     * 0.1-0.2 s faster without it, issue 18). Without an archive the thread still gains its fifth.
     */
    public static boolean archiveGiven(java.util.List<String> jvmArguments) {
        return jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
    }

    /** Starts the thread (a daemon: it never holds the JVM up); {@code false} when there is no list. */
    public static boolean begin() {
        if (ClassPreload.class.getResource(LIST) == null) return false;
        Thread t = new Thread(ClassPreload::run, "innco-class-preload");
        t.setDaemon(true);
        t.start();
        return true;
    }

    /** The number of the list's classes loaded and linked here (the others were missing or failed). */
    static int run() {
        ClassLoader loader = ClassPreload.class.getClassLoader();
        int done = 0;
        try (InputStream in = ClassPreload.class.getResourceAsStream(LIST);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String name = r.readLine(); name != null; name = r.readLine()) {
                if (!name.isBlank() && link(name.strip(), loader)) done++;
            }
        } catch (IOException e) {
            // the list is in the jar: unreadable means a broken jar, which the main thread will report
        }
        return done;
    }

    private static boolean link(String name, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(name, false, loader);
            // asking for the declared fields makes the JVM link (verify) the class, without initialising it
            c.getDeclaredFields();
            return true;
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return false;
        }
    }
}
