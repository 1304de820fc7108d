package eu.innco.repository.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.tar.TarPersistence;
import org.apache.jackrabbit.oak.spi.commit.CommitInfo;
import org.apache.jackrabbit.oak.spi.commit.EmptyHook;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real segment store behind the guard, with the free space played by the test. */
class GuardedStoreTest {
    @Test
    void once_a_write_does_not_fit_nothing_more_reaches_the_disk_and_the_store_reopens_at_the_last_flush(@TempDir Path dir)
            throws Exception {
        AtomicLong free = new AtomicLong(Long.MAX_VALUE);
        DiskSpace space = new DiskSpace(dir, free::get, 0);
        try (FileStore store = guarded(dir.toFile(), space)) {
            NodeStore nodes = SegmentNodeStoreBuilders.builder(store).build();
            add(nodes, "kept");
            store.flush();
            long journal = Files.size(dir.resolve("journal.log"));

            free.set(0);
            add(nodes, "refused"); // in memory only: the flush is what writes
            assertThrows(NoRoomException.class, store::flush);
            assertTrue(space.fenced());

            free.set(Long.MAX_VALUE);
            add(nodes, "after");
            assertThrows(NoRoomException.class, store::flush, "a fenced store stays fenced, whatever the disk says");
            assertEquals(journal, Files.size(dir.resolve("journal.log")), "no journal line names a head that is not on disk");
        } catch (java.io.UncheckedIOException ignored) {
            // closing a fenced store cannot flush its last commits: expected
        }
        try (FileStore reopened = FileStoreBuilder.fileStoreBuilder(dir.toFile()).build()) {
            NodeStore nodes = SegmentNodeStoreBuilders.builder(reopened).build();
            assertTrue(nodes.getRoot().hasChildNode("kept"));
            assertFalse(nodes.getRoot().hasChildNode("refused"));
            assertFalse(nodes.getRoot().hasChildNode("after"));
        }
    }

    static FileStore guarded(File dir, DiskSpace space) throws Exception {
        return FileStoreBuilder.fileStoreBuilder(dir).withCustomPersistence(new GuardedPersistence(new TarPersistence(dir), space)).build();
    }

    static void add(NodeStore nodes, String name) throws Exception {
        NodeBuilder b = nodes.getRoot().builder();
        b.child(name).setProperty("text", "x".repeat(1000));
        nodes.merge(b, EmptyHook.INSTANCE, CommitInfo.EMPTY);
    }
}
