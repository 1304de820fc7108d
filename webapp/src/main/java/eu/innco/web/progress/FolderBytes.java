package eu.innco.web.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes of the files in a folder: how far a copy made by someone else (Oak's backup) has come. */
public final class FolderBytes {
    private FolderBytes() {}

    /** 0 for a folder that does not exist (yet); files that vanish while counted count for nothing. */
    public static long of(Path folder) {
        if (!Files.isDirectory(folder)) return 0;
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(FolderBytes::size).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
