package eu.innco.repository;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.InvalidFileStoreVersionException;
import org.apache.jackrabbit.oak.segment.RecordId;
import org.apache.jackrabbit.oak.segment.file.TarRevisions;
import org.apache.jackrabbit.oak.segment.file.tar.TarPersistence;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import eu.innco.repository.space.DiskSpace;
import eu.innco.repository.space.GuardedPersistence;
import eu.innco.repository.space.TarRepair;

/**
 * The TarMK segment store in a folder, used by one process at a time. Oak's own lock waits
 * forever for the folder to be free; ours ({@code innco.lock}, taken first without waiting) makes
 * a second process stop at once with a message instead.
 */
final class SegmentStore implements OpenedStore {
    static final String LOCK_FILE = "innco.lock";

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final FileStore fileStore;
    private final NodeStore nodeStore;
    private Runnable stopListening = () -> {};

    private SegmentStore(FileChannel lockChannel, FileLock lock, FileStore fileStore) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.fileStore = fileStore;
        this.nodeStore = SegmentNodeStoreBuilders.builder(fileStore).build();
    }

    static SegmentStore open(Path folder) {
        return open(folder, DiskSpace.unlimited());
    }

    /** Opens the store with its writes guarded by {@code space} (see {@link GuardedPersistence}), after {@link TarRepair}. */
    static SegmentStore open(Path folder, DiskSpace space) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) throw inUse(folder);
            TarRepair.prepare(folder, space); // only with the lock held: the files may be renamed
            try {
                SegmentStore opened = new SegmentStore(channel, lock, SegmentCaches.forThisHeap().applyTo(FileStoreBuilder.fileStoreBuilder(folder.toFile())).withMemoryMapping(true)
                        .withCustomPersistence(new GuardedPersistence(new TarPersistence(folder.toFile()), space)).build());
                // a fenced store drops from memory what never reached the disk: reads then show what was acknowledged
                opened.stopListening = space.onFence(() -> new Thread(opened::dropUnsaved, "innco-drop-unsaved").start());
                return opened;
            } catch (InvalidFileStoreVersionException e) {
                throw new InncoException(ErrorCode.REPOSITORY_002, "Repository format not supported",
                        "The repository in " + folder + " was written by another Oak version: " + e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            close(channel);
            if (e instanceof InncoException ie) throw ie;
            throw new InncoException(ErrorCode.REPOSITORY_003, "Repository cannot be opened",
                    "Cannot open the segment store in " + folder + ": " + e.getMessage(), List.of(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    private static InncoException inUse(Path folder) {
        return new InncoException(ErrorCode.REPOSITORY_001, "Repository in use",
                "The repository folder " + folder.toAbsolutePath().normalize() + " is in use by another process. "
                        + "Stop the other INN-CO server, or set INNCO_HOME to another folder.");
    }

    @Override public NodeStore nodeStore() { return nodeStore; }

    /** The most Oak's segment, string and template caches may hold, in bytes, as Oak reports it (see {@link SegmentCaches}). */
    long readCacheBytes() {
        return fileStore.getSegmentCacheStats().getMaxTotalWeight() + fileStore.getStringCacheStats().getMaxTotalWeight()
                + fileStore.getTemplateCacheStats().getMaxTotalWeight();
    }

    /**
     * The head the store's revisions hold (set by every commit before the node store's own copy):
     * the node store's getRoot() first copies and sorts a sample of a thousand commit times (to
     * pick how long to wait for the commit lock), which was a tenth of a check-up answer's CPU.
     */
    @Override public NodeState head() { return fileStore.getHead().getChildNode("root"); }

    @Override public void backup(Path target) { SegmentBackups.backup(fileStore, target); }

    /** TarMK writes its segments and journal to disk every five seconds by itself: a commit needs a flush. */
    @Override public boolean durableOnCommit() { return false; }

    @Override
    public void flush() {
        try {
            fileStore.flush();
        } catch (IOException e) {
            dropUnsaved(); // every write failure fences the store (GuardedPersistence): the refused commit must not show
            throw new InncoException(ErrorCode.REPOSITORY_006, "Repository not flushed",
                    "The segment store could not write to disk: " + e.getMessage(), List.of(), e);
        }
    }

    /**
     * Sets the head back to the last one written to the journal, dropping commits that can no longer
     * reach the disk (the store is fenced); none of them was acknowledged, since a write is answered
     * only once flushed. Commits racing with this are retried by Oak on the new head.
     */
    void dropUnsaved() {
        TarRevisions revisions = fileStore.getRevisions();
        for (int attempt = 0; attempt < 100; attempt++) {
            RecordId head = revisions.getHead();
            RecordId persisted = revisions.getPersistedHead();
            if (persisted == null || head.equals(persisted) || revisions.setHead(head, persisted)) return;
        }
    }

    @Override
    public void close() {
        stopListening.run(); // a store reopened after this one is fenced on its own account
        try {
            fileStore.close();
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel is closed next, which releases the lock anyway
            }
            close(lockChannel);
        }
    }

    private static void close(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
