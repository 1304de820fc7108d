package eu.innco.repository.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The free-space threshold, with the file system's answer played by the test. */
class DiskSpaceTest {
    static final long MB = 1024 * 1024;

    @Test
    void writes_are_refused_with_a_503_below_the_threshold_and_accepted_again_once_space_is_back() {
        AtomicLong free = new AtomicLong(100 * MB);
        DiskSpace space = new DiskSpace(Path.of("/data"), free::get, 64 * MB);
        space.requireWritable();
        assertTrue(space.problem().isEmpty());

        free.set(63 * MB);
        InncoException e = assertThrows(InncoException.class, space::requireWritable);
        assertEquals(ErrorKind.UNAVAILABLE, e.kind());
        assertEquals("INNCO-STORAGE-001", e.code());
        assertTrue(e.detail().contains("63 MB free") && e.detail().contains("INNCO_MIN_FREE_MB (64 MB)"), e.detail());
        assertEquals(e.detail(), space.problem().orElseThrow());

        free.set(64 * MB);
        space.requireWritable();
        assertTrue(space.problem().isEmpty(), "no restart needed: the threshold is looked at before each write");
    }

    @Test
    void a_store_write_that_would_not_fit_is_refused_before_it_starts_and_fences_the_store_until_it_is_reopened() throws Exception {
        AtomicLong free = new AtomicLong(10 * MB);
        DiskSpace space = new DiskSpace(Path.of("/data"), free::get, 0);
        int[] fenced = {0};
        space.onFence(() -> fenced[0]++);
        space.beforeStoreWrite(256 * 1024);

        free.set(DiskSpace.CLOSING_RESERVE + 100 * 1024);
        assertThrows(NoRoomException.class, () -> space.beforeStoreWrite(256 * 1024));
        free.set(1000 * MB);
        assertThrows(NoRoomException.class, () -> space.beforeStoreWrite(1), "space back, yet Oak's writer is not trusted again");
        InncoException e = assertThrows(InncoException.class, space::requireWritable);
        assertEquals("INNCO-STORAGE-002", e.code());
        assertTrue(e.detail().contains("reopens itself"), e.detail());
        assertEquals(1, fenced[0], "the listeners run once");
        space.lift(); // what the repository does once it has closed the failed store and opened a fresh one
        space.requireWritable();
        space.beforeStoreWrite(256 * 1024);
    }

    @Test
    void a_full_disk_deep_in_a_cause_chain_is_a_503_problem() {
        var failure = new RuntimeException(new javax.jcr.RepositoryException(new java.io.IOException("No space left on device")));
        assertEquals("INNCO-STORAGE-001", DiskSpace.refusal(failure).orElseThrow().code());
        assertTrue(DiskSpace.refusal(new IllegalStateException("other")).isEmpty());
    }
}
