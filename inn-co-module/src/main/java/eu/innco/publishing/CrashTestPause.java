package eu.innco.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TEST-ONLY hook, for the kill -9 test of releases and nothing else. Only when the JVM is started
 * with {@code -Dinnco.test.pauseInRelease=<marker file>} (which CrashDuringReleaseTest gives its
 * child server, and which no script, setting or documented option of the product sets), a release
 * publication stops inside its commit with part of its items written and none saved, writes the
 * marker file and waits a minute, so that the test can kill the process at that exact moment.
 * Without the property, {@link #reach} returns at once and does nothing.
 */
final class CrashTestPause {
    static final String PROPERTY = "innco.test.pauseInRelease";
    private static final Logger LOG = LoggerFactory.getLogger(CrashTestPause.class);
    private static final String MARKER = System.getProperty(PROPERTY, "");
    private static final long WAIT_MILLIS = 60_000;

    private CrashTestPause() {}

    static void reach(String where) {
        if (MARKER.isBlank()) return;
        LOG.warn("{} is set: pausing for a crash test at {}", PROPERTY, where);
        try {
            Path marker = Path.of(MARKER);
            Path partial = marker.resolveSibling(marker.getFileName() + ".partial");
            Files.writeString(partial, where);
            Files.move(partial, marker, StandardCopyOption.ATOMIC_MOVE); // the test never sees half a marker
            Thread.sleep(WAIT_MILLIS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
