package eu.innco.repository.space;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before Oak opens the segment store. Oak recovers a tar file that has no index (the one
 * being written when the process stopped) by renaming it to {@code .bak} and writing a recovered
 * copy; on a full disk that copy is left empty or cut short, and the next start fails. Here such a
 * copy is put aside and the {@code .bak} put back, so that Oak recovers it again; and the start is
 * refused, before anything is written, unless there is room for that recovery and the threshold.
 */
public final class TarRepair {
    private static final Logger LOG = LoggerFactory.getLogger(TarRepair.class);
    private static final Pattern TAR = Pattern.compile("data\\d{5}[a-z]\\.tar");
    private static final int BLOCK = 512;
    private static final int[] INDEX_MAGICS = {0x0A304B0A, 0x0A314B0A}; // Oak's tar index footers, versions 1 and 2

    private TarRepair() {}

    /** Repairs cut-short recoveries in {@code folder}, then checks that {@code space} leaves room to open it. */
    public static void prepare(Path folder, DiskSpace space) {
        if (!Files.isDirectory(folder)) return;
        try {
            long recovering = 0;
            for (Path tar : tars(folder)) {
                if (!hasIndex(tar)) {
                    putBackupBack(tar);
                    if (!hasIndex(tar) && Files.exists(tar)) recovering += Files.size(tar);
                }
            }
            long usable = space.usableBytes();
            long needed = space.minFreeBytes() + recovering;
            if (usable < needed) {
                throw new InncoException(ErrorCode.STORAGE_004, "Not enough disk space to start",
                        String.format("The repository in %s needs %d MB free to open (INNCO_MIN_FREE_MB plus %d MB for Oak to recover "
                                + "an unfinished data file); %d MB are free. Free space and start again; nothing was changed.",
                                folder.toAbsolutePath().normalize(), mb(needed), mb(recovering), mb(usable)));
            }
        } catch (IOException e) {
            throw new InncoException(ErrorCode.STORAGE_003, "Data folder unusable",
                    "Cannot inspect the segment store in " + folder + ": " + e.getMessage(), List.of(), e);
        }
    }

    /** Every data file name, including those that only survive as a backup of an interrupted recovery. */
    private static List<Path> tars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .map(n -> n.endsWith(".bak") ? n.substring(0, n.indexOf(".tar") + 4) : n)
                    .filter(n -> TAR.matcher(n).matches()).distinct().sorted().map(folder::resolve).toList();
        }
    }

    /** When Oak's recovery of {@code tar} was cut short, its largest backup (the original) becomes {@code tar} again. */
    private static void putBackupBack(Path tar) throws IOException {
        Optional<Path> backup = backups(tar);
        if (backup.isEmpty()) return; // an ordinary unindexed file: Oak recovers it
        if (Files.exists(tar)) {
            if (Files.size(tar) >= Files.size(backup.get()) && Files.size(tar) > 0) return;
            Path aside = tar.resolveSibling(tar.getFileName() + "." + System.currentTimeMillis() + ".incomplete");
            Files.move(tar, aside);
            LOG.warn("Put aside {}: an interrupted recovery of Oak left it incomplete", aside.getFileName());
        }
        Files.move(backup.get(), tar, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Put back {} from {} so that Oak recovers it again", tar.getFileName(), backup.get().getFileName());
    }

    private static Optional<Path> backups(Path tar) throws IOException {
        String prefix = tar.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(tar.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".bak"))
                    .filter(p -> p.toFile().length() > 0)
                    .max(Comparator.comparingLong(p -> p.toFile().length()));
        }
    }

    /** True when {@code tar} ends with Oak's index footer and the two empty blocks of a closed tar file. */
    static boolean hasIndex(Path tar) throws IOException {
        if (!Files.exists(tar)) return false;
        try (RandomAccessFile f = new RandomAccessFile(tar.toFile(), "r")) {
            long length = f.length();
            if (length < 4L * BLOCK) return false;
            f.seek(length - 2L * BLOCK - 4);
            int magic = f.readInt();
            for (int m : INDEX_MAGICS) if (m == magic) return true;
            return false;
        }
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
