package eu.innco.exports;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The item files of a content-exports folder: every {@code *.yaml} file in it or in its
 * sub-folders, by relative path. Other files (this folder's README, binaries) are not items;
 * hidden files and folders are skipped.
 */
final class ExportFolder {
    private ExportFolder() {}

    static List<Path> itemFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw InncoException.badRequest(ErrorCode.IMPORT_002, "There is no folder " + folder + " to import.");
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !hidden(folder.relativize(p)))
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted((a, b) -> label(folder, a).compareTo(label(folder, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** The name used in messages: the path below the folder, with '/' between parts. */
    static String label(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
