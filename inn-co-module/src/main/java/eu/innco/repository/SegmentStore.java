package eu.innco.repository;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.InvalidFileStoreVersionException;
import org.apache.jackrabbit.oak.spi.state.NodeStore;

/** The TarMK segment store in a folder; the folder is locked by one process at a time. */
final class SegmentStore implements OpenedStore {
    private final FileStore fileStore;
    private final NodeStore nodeStore;

    private SegmentStore(FileStore fileStore) {
        this.fileStore = fileStore;
        this.nodeStore = SegmentNodeStoreBuilders.builder(fileStore).build();
    }

    static SegmentStore open(Path folder) {
        try {
            Files.createDirectories(folder);
            return new SegmentStore(FileStoreBuilder.fileStoreBuilder(folder.toFile()).withMemoryMapping(true).build());
        } catch (InvalidFileStoreVersionException e) {
            throw new InncoException(ErrorKind.UNAVAILABLE, "INNCO-REPOSITORY-002", "Repository format not supported",
                    "The repository in " + folder + " was written by another Oak version: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (isLockFailure(e)) {
                throw new InncoException(ErrorKind.UNAVAILABLE, "INNCO-REPOSITORY-001", "Repository in use",
                        "The repository folder " + folder.toAbsolutePath().normalize() + " is in use by another process "
                                + "(its lock file repo.lock is held). Stop the other INN-CO server, or set INNCO_HOME to another folder.",
                        java.util.List.of(), e);
            }
            throw new InncoException(ErrorKind.UNAVAILABLE, "INNCO-REPOSITORY-003", "Repository cannot be opened",
                    "Cannot open the segment store in " + folder + ": " + e.getMessage(), java.util.List.of(), e);
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.OverlappingFileLockException) return true;
            String m = t.getMessage();
            if (m != null && m.toLowerCase().contains("lock")) return true;
        }
        return false;
    }

    @Override public NodeStore nodeStore() { return nodeStore; }

    @Override
    public void close() {
        fileStore.close();
    }
}
