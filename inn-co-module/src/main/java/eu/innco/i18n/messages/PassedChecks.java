package eu.innco.i18n.messages;

import com.ibm.icu.util.VersionInfo;
import eu.innco.files.Fingerprint;
import eu.innco.files.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bundle files whose every pattern already passed the ICU check, remembered across starts by
 * their bytes (issue 18): a start with unchanged bundles still reads them, but does not parse ten
 * thousand patterns and load ICU's date data again, a tenth of a start's CPU.
 *
 * <p>A file is known by its locale, its length and two checksums of its bytes ({@link Fingerprint}), with the ICU version and
 * {@link #RULES}: any edit, another locale, another ICU or a stricter check tests the file again.
 * The record is a shortcut, never a source of texts: when it is missing, unreadable or cannot be
 * written, the check simply runs. It keeps only the files of the last start, so it never grows.
 */
public final class PassedChecks {
    /** Raised when {@link MessageBundles#parses} checks more than before, so that older passes do not count. */
    static final int RULES = 1;

    private final Path file;
    private final Set<String> before;
    private final Set<String> now = new TreeSet<>();

    private PassedChecks(Path file, Set<String> before) {
        this.file = file;
        this.before = before;
    }

    /** No record: every file is checked (commands, tests, a repository in memory). */
    public static PassedChecks none() {
        return new PassedChecks(null, Set.of());
    }

    /** The record kept in {@code file}; a missing or unreadable one counts as empty. */
    public static PassedChecks at(Path file) {
        Set<String> before = new HashSet<>();
        try {
            before.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            // the first start on this home
        } catch (IOException e) {
            // unreadable: every file is checked, and the record written again
        }
        return new PassedChecks(file, before);
    }

    /** What a file is known by: nothing of its path, so a renamed or copied file stays known. */
    static String key(byte[] content, String locale) {
        return VersionInfo.ICU_VERSION + "/" + RULES + "/" + locale + "/" + content.length + "/" + Fingerprint.of(content);
    }

    /** True when these bytes passed the check at an earlier start; either way the file is kept for the next one. */
    synchronized boolean passed(String key) {
        return before.contains(key);
    }

    /** Marks a file whose patterns all passed now, or had passed before. */
    synchronized void pass(String key) {
        now.add(key);
    }

    /**
     * Writes the record when it changed, whole or not at all (a temporary file moved over it). Call it
     * only when every bundle passed: a start stopped by a broken one keeps the record it had.
     */
    public synchronized void writeRecord() {
        if (file == null || now.equals(before)) return;
        try {
            WholeFile.replace(file, (String.join("\n", now) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // a read-only or full home: the next start checks the bundles again, which is all this costs
        }
    }
}
