package eu.innco.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.util.Optional;

/**
 * What a rebuild of the delivery index may hold in the heap, and what it says when the heap is still
 * too small. Issue 18: a start with 100,000 items and {@code -Xmx512m} ran out of heap in the
 * rebuild, on two threads at once, and then failed with Lucene's "this IndexWriter is closed",
 * which says nothing of the cause or of what to do.
 */
final class RebuildMemory {
    /** Items handed to the rendering threads and not yet indexed, beyond those being rendered. */
    static final int ITEMS_QUEUED = 32;

    private RebuildMemory() {}

    /** The index writer's buffer of documents before it writes a segment: a sixteenth of the heap, 16 to 48 MB. */
    static double writerBufferMb(long maxHeapBytes) {
        return Math.min(48, Math.max(16, maxHeapBytes / 16.0 / (1024 * 1024)));
    }

    /**
     * Threads rendering and analysing at once: one per core, but no more than one per 256 MB of heap
     * (each has its own Lucene buffers and an item's eight renderings in hand; 2 at -Xmx512m).
     */
    static int renderingThreads(int cores, long maxHeapBytes) {
        return (int) Math.max(1, Math.min(cores, maxHeapBytes / (256L * 1024 * 1024)));
    }

    /** The heap ran out somewhere in {@code failure}'s causes (Lucene wraps it once its writer is closed by it). */
    static Optional<OutOfMemoryError> outOfHeap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError e) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** The one message that stops the start: how far it got, the heap it had, and what to do. */
    static InncoException tooSmall(long itemsIndexed, long maxHeapBytes, OutOfMemoryError cause) {
        long mb = maxHeapBytes / (1024 * 1024);
        long suggested = Math.max(1024, Integer.highestOneBit((int) Math.min(mb, 1 << 20)) * 2L);
        String detail = "The delivery index could not be rebuilt: the Java heap of " + mb + " MB (-Xmx) ran out after "
                + itemsIndexed + " items. Start again with a larger heap, for example java -Xmx" + suggested / 1024 + "g -jar inn-co.jar "
                + "(README, \"Memory a deployment needs\"); nothing was lost, the index is rebuilt from the repository at the next start.";
        return new InncoException(ErrorCode.INDEX_001, "Java heap too small for the delivery index", detail, java.util.List.of(), cause);
    }
}
