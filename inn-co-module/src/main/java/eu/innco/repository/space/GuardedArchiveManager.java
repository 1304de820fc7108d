package eu.innco.repository.space;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.jackrabbit.oak.segment.spi.persistence.SegmentArchiveManager;
import org.apache.jackrabbit.oak.segment.spi.persistence.SegmentArchiveReader;
import org.apache.jackrabbit.oak.segment.spi.persistence.SegmentArchiveWriter;

/** Oak's tar files, whose new writers are guarded (see {@link GuardedPersistence}); the rest is Oak's. */
final class GuardedArchiveManager implements SegmentArchiveManager {
    private final SegmentArchiveManager delegate;
    private final DiskSpace space;

    GuardedArchiveManager(SegmentArchiveManager delegate, DiskSpace space) {
        this.delegate = delegate;
        this.space = space;
    }

    @Override public List<String> listArchives() throws IOException { return delegate.listArchives(); }

    @Override public SegmentArchiveReader open(String archiveName) throws IOException { return delegate.open(archiveName); }

    @Override public SegmentArchiveReader forceOpen(String archiveName) throws IOException { return delegate.forceOpen(archiveName); }

    @Override
    public SegmentArchiveWriter create(String archiveName) throws IOException {
        return new GuardedArchiveWriter(delegate.create(archiveName), space);
    }

    @Override public boolean delete(String archiveName) { return delegate.delete(archiveName); }

    @Override public boolean renameTo(String from, String to) { return delegate.renameTo(from, to); }

    @Override public void copyFile(String from, String to) throws IOException { delegate.copyFile(from, to); }

    @Override public boolean exists(String archiveName) { return delegate.exists(archiveName); }

    @Override
    public void recoverEntries(String archiveName, LinkedHashMap<UUID, byte[]> entries) throws IOException {
        delegate.recoverEntries(archiveName, entries);
    }

    @Override
    public void backup(String archiveName, String backupArchiveName, Set<UUID> recoveredEntries) throws IOException {
        delegate.backup(archiveName, backupArchiveName, recoveredEntries);
    }
}
