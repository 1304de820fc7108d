package eu.innco.repository;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jackrabbit.oak.backup.impl.FileStoreBackupImpl;
import org.apache.jackrabbit.oak.backup.impl.FileStoreRestoreImpl;
import org.apache.jackrabbit.oak.segment.file.FileStore;

/**
 * Backups of the segment store with Oak's own tools: a backup copies the head of the running store
 * (one commit, so consistent) into a new segment store while the server goes on serving; a restore
 * makes the head of a stopped store the backup's head.
 */
public final class SegmentBackups {
    private SegmentBackups() {}

    static void backup(FileStore store, Path target) {
        requireEmpty(target);
        try {
            Files.createDirectories(target);
            new FileStoreBackupImpl().backup(store.getReader(), store.getRevisions(), target.toFile());
        } catch (Exception e) {
            throw new InncoException(ErrorCode.BACKUP_003, "Backup failed",
                    "The backup into " + target + " failed: " + e.getMessage(), List.of(), e);
        }
    }

    /**
     * Restores {@code backup} into the segment store in {@code folder}, which no server may be using.
     * A folder that already holds a repository is only replaced when {@code replace} says so.
     */
    public static void restore(Path backup, Path folder, boolean replace) {
        requireBackup(backup);
        if (!replace && holdsStore(folder)) {
            throw InncoException.badRequest(ErrorCode.BACKUP_005, "INNCO_HOME already holds a repository (" + folder.toAbsolutePath().normalize()
                    + "). Restore into an empty INNCO_HOME, or add --replace to replace its content by the backup's.");
        }
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(folder.resolve(SegmentStore.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    throw new InncoException(ErrorCode.BACKUP_006, "Repository in use",
                            "A server is using " + folder.toAbsolutePath().normalize() + ": stop it before restoring.");
                }
                new FileStoreRestoreImpl().restore(backup.toFile(), folder.toFile());
            }
        } catch (InncoException e) {
            throw e;
        } catch (Exception e) {
            throw new InncoException(ErrorCode.BACKUP_007, "Restore failed",
                    "Restoring " + backup + " into " + folder + " failed: " + e.getMessage(), List.of(), e);
        }
    }

    /** A backup never mixes with other files: its folder is new or empty. */
    static void requireEmpty(Path target) {
        if (!Files.exists(target)) return;
        try (Stream<Path> files = Files.list(target)) {
            if (files.findAny().isPresent()) {
                throw InncoException.badRequest(ErrorCode.BACKUP_002, "The backup folder " + target + " is not empty: name a new or empty folder.");
            }
        } catch (IOException e) {
            throw InncoException.badRequest(ErrorCode.BACKUP_002, "The backup folder " + target + " cannot be used: " + e.getMessage());
        }
    }

    private static void requireBackup(Path backup) {
        if (!holdsStore(backup) || !Files.exists(backup.resolve("journal.log"))) {
            throw InncoException.badRequest(ErrorCode.BACKUP_004, backup + " is not a backup made by 'backup' (no segment store in it).");
        }
    }

    private static boolean holdsStore(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(p -> p.getFileName().toString().matches("data\\d{5}[a-z]\\.tar"));
        } catch (IOException e) {
            return false;
        }
    }
}
