package eu.innco.exports;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip archives of content-exports folders, for doors that move them as one file: packing an
 * export (entries in the given order, with a fixed time, so the same export gives the same
 * archive) and unpacking an upload (no paths outside the folder, bounded size and entry count).
 */
public final class ZipArchives {
    /** Largest total size of an unpacked upload: 1 GiB. */
    public static final long MAX_UNPACKED_BYTES = ImportLimits.MAX_UNPACKED_BYTES;
    /** Most entries an upload may hold. */
    public static final int MAX_ENTRIES = ImportLimits.MAX_ENTRIES;
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L); // 1980-01-01, zip's epoch

    private ZipArchives() {}

    public static void zip(Path folder, List<String> files, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        for (String name : files) {
            ZipEntry e = new ZipEntry(name);
            e.setLastModifiedTime(FIXED_TIME);
            zip.putNextEntry(e);
            Files.copy(folder.resolve(name), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Unpacks into an empty folder; a broken, empty or oversized archive is a 4xx-kind error. */
    public static void unzip(InputStream source, Path folder) {
        unzip(source, folder, MAX_ENTRIES);
    }

    /** The same with another entry limit (tests: twenty thousand entries take a while to write). */
    static void unzip(InputStream source, Path folder, int maxEntries) {
        Path target = folder.toAbsolutePath().normalize();
        int entries = 0;
        long bytes = 0;
        try (ZipInputStream zip = new ZipInputStream(source)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++entries > maxEntries) throw tooLarge("more than " + maxEntries + " entries");
                Path dest = target.resolve(e.getName()).normalize();
                if (e.getName().contains("\\") || !dest.startsWith(target) || dest.equals(target)) {
                    throw bad("the entry '" + e.getName() + "' points outside the archive's folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                // each entry is limited as it inflates: a small archive may unpack to gigabytes (a zip bomb)
                long max = ImportLimits.maxFileBytes(e.getName());
                if (e.getSize() > max) throw tooLarge(entryTooLarge(e.getName(), max));
                Files.createDirectories(dest.getParent());
                try (OutputStream out = Files.newOutputStream(dest)) {
                    byte[] buf = new byte[8192];
                    long entry = 0;
                    for (int n; (n = zip.read(buf)) > 0; ) {
                        bytes += n;
                        entry += n;
                        if (entry > max) throw tooLarge(entryTooLarge(e.getName(), max));
                        if (bytes > MAX_UNPACKED_BYTES) throw tooLarge("more than " + ImportLimits.mib(MAX_UNPACKED_BYTES) + " unpacked");
                        out.write(buf, 0, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw bad(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the archive", e);
        }
        if (entries == 0) throw bad("it holds no files (is it a zip archive?)");
    }

    /** Deletes a folder and what it holds; for temporary folders, so failures are ignored. */
    public static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) return;
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder left behind is not worth failing a request for
        }
    }

    private static String entryTooLarge(String name, long max) {
        return "'" + name + "' unpacks to more than " + ImportLimits.mib(max) + ", the most a" + (max == ImportLimits.MAX_ITEM_FILE_BYTES
                ? "n item file" : " file") + " may hold";
    }

    private static InncoException bad(String why) {
        return InncoException.badRequest(ErrorCode.IMPORT_003, "The upload is not a usable zip archive of content-exports files: " + why + ".");
    }

    private static InncoException tooLarge(String why) {
        return new InncoException(ErrorCode.IMPORT_005, "Payload too large",
                "The archive is too large to import: " + why + ". Nothing was written.");
    }
}
