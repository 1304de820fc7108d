package eu.innco.repository.space;

import java.io.IOException;
import org.apache.jackrabbit.oak.commons.Buffer;
import org.apache.jackrabbit.oak.segment.spi.persistence.SegmentArchiveWriter;

/**
 * One tar file being written. A segment is refused before its first byte when it would not fit or
 * the store is fenced; what closing the file writes (graph, binary references, index) is let through,
 * into the room kept for it, so that a clean stop still leaves an indexed file.
 */
final class GuardedArchiveWriter implements SegmentArchiveWriter {
    private final SegmentArchiveWriter delegate;
    private final DiskSpace space;

    GuardedArchiveWriter(SegmentArchiveWriter delegate, DiskSpace space) {
        this.delegate = delegate;
        this.space = space;
    }

    @Override
    public void writeSegment(long msb, long lsb, byte[] data, int offset, int size, int generation, int fullGeneration,
                             boolean isCompacted) throws IOException {
        space.beforeStoreWrite(size + 1024L); // the tar header and padding besides the data
        try {
            delegate.writeSegment(msb, lsb, data, offset, size, generation, fullGeneration, isCompacted);
        } catch (IOException e) {
            throw space.afterStoreFailure(e);
        }
    }

    @Override public Buffer readSegment(long msb, long lsb) throws IOException { return delegate.readSegment(msb, lsb); }

    @Override public boolean containsSegment(long msb, long lsb) { return delegate.containsSegment(msb, lsb); }

    @Override
    public void writeGraph(byte[] data) throws IOException {
        try {
            delegate.writeGraph(data);
        } catch (IOException e) {
            throw space.afterStoreFailure(e);
        }
    }

    @Override
    public void writeBinaryReferences(byte[] data) throws IOException {
        try {
            delegate.writeBinaryReferences(data);
        } catch (IOException e) {
            throw space.afterStoreFailure(e);
        }
    }

    @Override public long getLength() { return delegate.getLength(); }

    @Override public int getEntryCount() { return delegate.getEntryCount(); }

    @Override
    public void close() throws IOException {
        try {
            delegate.close();
        } catch (IOException e) {
            throw space.afterStoreFailure(e);
        }
    }

    @Override public boolean isCreated() { return delegate.isCreated(); }

    @Override
    public void flush() throws IOException {
        try {
            delegate.flush();
        } catch (IOException e) {
            throw space.afterStoreFailure(e);
        }
    }

    @Override public String getName() { return delegate.getName(); }

    @Override public boolean isRemote() { return delegate.isRemote(); }

    @Override public int getMaxEntryCount() { return delegate.getMaxEntryCount(); }
}
