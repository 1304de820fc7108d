package eu.innco.repository.space;

import java.io.IOException;
import org.apache.jackrabbit.oak.segment.spi.monitor.FileStoreMonitor;
import org.apache.jackrabbit.oak.segment.spi.monitor.IOMonitor;
import org.apache.jackrabbit.oak.segment.spi.monitor.RemoteStoreMonitor;
import org.apache.jackrabbit.oak.segment.spi.persistence.GCJournalFile;
import org.apache.jackrabbit.oak.segment.spi.persistence.JournalFile;
import org.apache.jackrabbit.oak.segment.spi.persistence.ManifestFile;
import org.apache.jackrabbit.oak.segment.spi.persistence.RepositoryLock;
import org.apache.jackrabbit.oak.segment.spi.persistence.SegmentArchiveManager;
import org.apache.jackrabbit.oak.segment.spi.persistence.SegmentNodeStorePersistence;

/**
 * Oak's tar persistence with a guard on its writes. Why not Oak's own IOMonitor: it is called after
 * a segment's tar header is already written, and Oak's segment writer cannot be retried after a
 * failed write (it has already rearranged its buffer). So a segment that would not fit is refused
 * before its first byte, and after any refused or failed write nothing more reaches the disk: no
 * segment, and no journal line that could name a head whose segments are not all there.
 */
public final class GuardedPersistence implements SegmentNodeStorePersistence {
    private final SegmentNodeStorePersistence delegate;
    private final DiskSpace space;

    public GuardedPersistence(SegmentNodeStorePersistence delegate, DiskSpace space) {
        this.delegate = delegate;
        this.space = space;
    }

    @Override
    public SegmentArchiveManager createArchiveManager(boolean memoryMapping, boolean offHeapAccess, IOMonitor ioMonitor,
                                                      FileStoreMonitor fileStoreMonitor, RemoteStoreMonitor remoteStoreMonitor) throws IOException {
        return new GuardedArchiveManager(delegate.createArchiveManager(memoryMapping, offHeapAccess, ioMonitor, fileStoreMonitor,
                remoteStoreMonitor), space);
    }

    @Override public boolean segmentFilesExist() { return delegate.segmentFilesExist(); }

    @Override public JournalFile getJournalFile() { return new GuardedJournal(delegate.getJournalFile(), space); }

    @Override public GCJournalFile getGCJournalFile() throws IOException { return delegate.getGCJournalFile(); }

    @Override public ManifestFile getManifestFile() throws IOException { return delegate.getManifestFile(); }

    @Override public RepositoryLock lockRepository() throws IOException { return delegate.lockRepository(); }
}
