package eu.innco.repository.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.InncoException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a start on a full disk left behind (Oak's recovery of a data file cut short), repaired before Oak opens. */
class TarRepairTest {
    @Test
    void an_emptied_data_file_is_put_back_from_oaks_backup_and_the_store_opens_with_its_content(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("store"));
        try (FileStore store = FileStoreBuilder.fileStoreBuilder(dir.toFile()).build()) {
            GuardedStoreTest.add(SegmentNodeStoreBuilders.builder(store).build(), "content");
        }
        Path tar = dir.resolve("data00000a.tar");
        assertTrue(TarRepair.hasIndex(tar), "a cleanly closed data file has its index");
        // what Oak's recovery leaves when the disk is full: the original as .bak, an empty file in its place
        Files.move(tar, dir.resolve("data00000a.tar.bak"));
        Files.createFile(tar);
        Path copy = Files.createDirectories(tmp.resolve("unrepaired"));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        // on a copy: Oak keeps the folder locked after a failed open
        assertThrows(Exception.class, () -> FileStoreBuilder.fileStoreBuilder(copy.toFile()).build().close(),
                "without the repair Oak cannot open it");

        TarRepair.prepare(dir, new DiskSpace(dir, () -> Long.MAX_VALUE, 0));

        assertTrue(TarRepair.hasIndex(tar));
        assertFalse(Files.exists(dir.resolve("data00000a.tar.bak")));
        try (FileStore store = FileStoreBuilder.fileStoreBuilder(dir.toFile()).build()) {
            NodeStore nodes = SegmentNodeStoreBuilders.builder(store).build();
            assertTrue(nodes.getRoot().hasChildNode("content"));
        }
    }

    @Test
    void a_start_without_room_for_the_threshold_is_refused_before_anything_is_touched(@TempDir Path dir) throws Exception {
        try (FileStore store = FileStoreBuilder.fileStoreBuilder(dir.toFile()).build()) {
            GuardedStoreTest.add(SegmentNodeStoreBuilders.builder(store).build(), "content");
        }
        long before = Files.size(dir.resolve("data00000a.tar"));
        InncoException e = assertThrows(InncoException.class,
                () -> TarRepair.prepare(dir, new DiskSpace(dir, () -> 10L * 1024 * 1024, 64L * 1024 * 1024)));
        assertEquals("INNCO-STORAGE-004", e.code());
        assertTrue(e.detail().contains("needs 64 MB free") && e.detail().contains("10 MB are free"), e.detail());
        assertEquals(before, Files.size(dir.resolve("data00000a.tar")));
    }
}
