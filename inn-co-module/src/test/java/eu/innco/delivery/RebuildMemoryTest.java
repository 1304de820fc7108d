package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a rebuild that ran out of heap ended the start with Lucene's "this IndexWriter is
 * closed". What stops the start now names the heap and what to do, and the rebuild's bounds shrink
 * with the heap.
 */
class RebuildMemoryTest {
    private static final long MB = 1024 * 1024;

    @Test
    void a_heap_that_ran_out_behind_a_closed_writer_is_named_with_the_way_out() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        var closed = new AlreadyClosedException("this IndexWriter is closed", new IllegalStateException("tragic", oom));
        OutOfMemoryError found = RebuildMemory.outOfHeap(closed).orElseThrow();
        InncoException e = RebuildMemory.tooSmall(61_234, 512 * MB, found);
        assertEquals("INNCO-INDEX-001", e.code());
        assertTrue(e.detail().contains("heap of 512 MB (-Xmx)") && e.detail().contains("61234 items")
                && e.detail().contains("java -Xmx1g -jar inn-co.jar"), e.detail());
        assertTrue(RebuildMemory.outOfHeap(new AlreadyClosedException("closed by a call to close()")).isEmpty());
    }

    @Test
    void a_larger_heap_is_told_to_double() {
        assertTrue(RebuildMemory.tooSmall(1, 2048 * MB, new OutOfMemoryError()).detail().contains("-Xmx4g"));
    }

    @Test
    void the_writer_buffer_and_the_rendering_threads_shrink_with_the_heap() {
        assertEquals(48, RebuildMemory.writerBufferMb(4096 * MB));
        assertEquals(32, RebuildMemory.writerBufferMb(512 * MB));
        assertEquals(16, RebuildMemory.writerBufferMb(128 * MB));
        assertEquals(8, RebuildMemory.renderingThreads(8, 4096 * MB));
        assertEquals(2, RebuildMemory.renderingThreads(8, 512 * MB));
        assertEquals(1, RebuildMemory.renderingThreads(8, 128 * MB));
    }
}
