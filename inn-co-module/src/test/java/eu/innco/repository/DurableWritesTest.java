package eu.innco.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.ReadOnlyFileStore;
import org.apache.jackrabbit.oak.spi.state.NodeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a write on the segment store leaves on disk the moment it returns, seen through a read-only
 * store opened on the same folder: it reads the journal, so it sees exactly what a restart after a
 * crash would find, without a crash.
 */
class DurableWritesTest {
    static final int WRITERS = 8;
    static final int WRITES_EACH = 25;

    @Test
    void a_write_is_on_disk_when_it_returns(@TempDir Path home) {
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.segment(home))) {
            repo.write(s -> s.getRootNode().addNode("answered", "nt:unstructured").setProperty("n", 1L));
            boolean found = onDisk(home, root -> root.hasChildNode("answered"));
            assertTrue(found, "the write returned before it was flushed");
        }
    }

    @Test
    void concurrent_writes_are_all_on_disk_and_share_flushes(@TempDir Path home) throws Exception {
        Path journal = RepositoryConfig.segment(home).segmentFolder().resolve("journal.log");
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.segment(home))) {
            repo.write(s -> s.getRootNode().addNode("writers", "nt:unstructured"));
            long flushesBefore = Files.readAllLines(journal).size();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<Long>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String name = "w" + w;
                writers.add(pool.submit(() -> {
                    repo.write(s -> s.getNode("/writers").addNode(name, "nt:unstructured"));
                    for (int i = 0; i < WRITES_EACH; i++) {
                        int n = i;
                        repo.write(s -> s.getNode("/writers/" + name).addNode("n" + n, "nt:unstructured"));
                    }
                    // what this writer was answered last is on disk already, while the others still write
                    return onDisk(home, root -> root.getChildNode("writers").getChildNode(name).getChildNodeCount(1000));
                }));
            }
            for (Future<Long> f : writers) assertEquals(WRITES_EACH, f.get().longValue(), "a writer's answered writes on disk");
            pool.shutdown();
            long flushes = Files.readAllLines(journal).size() - flushesBefore;
            int writes = WRITERS * (WRITES_EACH + 1);
            assertTrue(flushes < writes, flushes + " flushes for " + writes + " writes: none was shared");
        }
    }

    /** Reads the head recorded in the journal, as a process starting on the folder now would see it. */
    private static <T> T onDisk(Path home, Function<NodeState, T> read) {
        try (ReadOnlyFileStore disk = FileStoreBuilder.fileStoreBuilder(RepositoryConfig.segment(home).segmentFolder().toFile()).buildReadOnly()) {
            return read.apply(SegmentNodeStoreBuilders.builder(disk).build().getRoot());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
