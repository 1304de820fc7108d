package eu.innco.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: Oak's read caches of the segment store took up to 576 MB of heap whatever -Xmx was, so a
 * walk of 100,000 items in a {@code -Xmx512m} server (the delivery index rebuild) filled the heap. The
 * store opened in a JVM of that heap must keep them to a fifth of it, as Oak itself reports its limits.
 */
class SegmentCachesTest {
    private static final long MB = 1024 * 1024;

    @Test
    void a_store_opened_with_a_512_mb_heap_keeps_its_read_caches_to_a_fifth_of_it(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), dir.resolve("store").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the probe ended");
        assertEquals(0, p.exitValue(), out);
        String[] line = out.lines().filter(l -> l.startsWith("caches ")).findFirst().orElseThrow(() -> new AssertionError(out)).split(" ");
        long caches = Long.parseLong(line[1]);
        long heap = Long.parseLong(line[2]);
        assertTrue(caches <= heap / 5, "read caches of " + caches / MB + " MB in a heap of " + heap / MB + " MB");
    }

    @Test
    void a_large_heap_gets_oaks_own_sizes_and_a_tiny_one_still_some_cache() {
        assertEquals(SegmentCaches.OAK_DEFAULTS, SegmentCaches.forHeap(8L * 1024 * MB));
        SegmentCaches tiny = SegmentCaches.forHeap(32 * MB);
        assertTrue(tiny.segmentsMb() > 0 && tiny.stringsMb() > 0 && tiny.templatesMb() > 0, tiny.toString());
        assertEquals(new SegmentCaches(64, 32, 4), SegmentCaches.forHeap(512 * MB));
    }

    /** Run in its own JVM: opens a real segment store and prints what Oak says its caches may hold, and the heap. */
    public static final class Probe {
        public static void main(String[] args) {
            try (SegmentStore s = SegmentStore.open(Path.of(args[0]))) {
                System.out.println("caches " + s.readCacheBytes() + " " + Runtime.getRuntime().maxMemory());
            }
        }
    }
}
