package eu.innco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code INNCO_HOME} on a real 64 MB file system, filled by 5 MB uploads and by another program:
 * writes are refused with 503 problems (never a 500) before anything is acknowledged, health says
 * DOWN and why, authoring and delivery agree throughout, a start without room is refused without
 * touching the store, and once space is back the store opens by itself with every acknowledged write:
 * at the next start, and in a running server whose store had to stop writing, without a restart.
 */
class FullDiskTest {
    static final long MB = 1024 * 1024;

    @Test
    void a_full_disk_refuses_writes_cleanly_and_loses_no_acknowledged_write(@TempDir Path tmp) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 64)) {
            Path home = disk.root().resolve("home");
            DiskWrites writes = new DiskWrites();
            Map<String, String> threshold = Map.of("INNCO_MIN_FREE_MB", "16", "INNCO_SCHEDULER", "false");

            try (ChildServer child = ChildServer.start(home, threshold)) {
                Http admin = new Http(child.uri()).admin();
                Http anonymous = new Http(child.uri());
                fill(child, admin, writes);
                assertTrue(disk.usable() >= 16 * MB, "a file that would go below the threshold is refused: " + disk.usable() / MB + " MB free");
                writes.assertAuthoringAndDeliveryAgree(admin, anonymous);

                disk.fillLeaving(MB); // another program takes the rest
                writes.round(child.uri(), admin, 900);
                assertDown(anonymous, "INNCO_MIN_FREE_MB");
                writes.assertAuthoringAndDeliveryAgree(admin, anonymous);
                assertTrue(!child.log().contains("INNCO-INTERNAL-001") && !child.log().contains("Internal error"), "no 500 at all");
            } // stopped with the disk full

            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ChildServer.start(home, threshold));
            assertTrue(refused.getMessage().contains("Free space and start again"), refused.getMessage());
            assertNoEmptyDataFile(home);

            disk.free();
            // without a threshold an upload can start with room for its file but not for what the store keeps free besides:
            // the store's own guard refuses the write that does not fit, and fences the store until space is back
            Map<String, String> noThreshold = Map.of("INNCO_MIN_FREE_MB", "0", "INNCO_SCHEDULER", "false");
            try (ChildServer child = ChildServer.start(home, noThreshold)) {
                Http admin = new Http(child.uri()).admin();
                Http anonymous = new Http(child.uri());
                writes.assertAllAcknowledgedThere(child.uri(), admin, anonymous);
                // room for the file itself, not for the file and the megabyte the store keeps for closing cleanly
                disk.fillLeaving(DiskWrites.FILE_BYTES + 600 * 1024);
                assertEquals(503, writes.file(child.uri(), 500));
                assertTrue(writes.lastRefusal().contains("INNCO-STORAGE-002"), writes.lastRefusal());
                writes.organisation(admin, 501);
                assertTrue(writes.lastRefusal().contains("INNCO-STORAGE-002"), "fenced until space is back: " + writes.lastRefusal());
                assertDown(anonymous, "reopens itself");
                writes.assertAuthoringAndDeliveryAgree(admin, anonymous);

                // the other program's file deleted: the repository reopens itself from disk, no restart
                disk.free();
                awaitUp(anonymous);
                int accepted = writes.files.size() + writes.organisations.size();
                assertTrue(writes.round(child.uri(), admin, 502), "writes accepted again: " + writes.answers.get(writes.answers.size() - 1));
                assertEquals(accepted + 2, writes.files.size() + writes.organisations.size(), writes.answers.toString());
                writes.assertAllAcknowledgedThere(child.uri(), admin, anonymous);
                writes.assertAuthoringAndDeliveryAgree(admin, anonymous);
            }
            assertNoEmptyDataFile(home);

            try (ChildServer child = ChildServer.start(home, noThreshold)) {
                Http admin = new Http(child.uri()).admin();
                Http anonymous = new Http(child.uri());
                writes.assertAllAcknowledgedThere(child.uri(), admin, anonymous);
                writes.assertAuthoringAndDeliveryAgree(admin, anonymous);
                assertTrue(writes.files.size() >= 6 && writes.organisations.size() >= 6, writes.answers.toString());
            }
        }
    }

    /** Writes until an upload is refused; some were accepted first, and the refusals were 503 problems. */
    private static void fill(ChildServer child, Http admin, DiskWrites writes) throws Exception {
        int before = writes.refused;
        int first = writes.answers.size();
        for (int n = first; n < first + 60; n++) {
            if (!writes.round(child.uri(), admin, n)) break;
        }
        assertTrue(writes.refused > before, "the disk never refused a write: " + writes.answers);
    }

    private static void assertDown(Http anonymous, String reason) {
        Http.Res health = anonymous.get("/.rest/health");
        assertEquals(503, health.status(), health.body());
        JsonNode h = health.json();
        assertEquals("DOWN", h.path("status").asText(), h.toString());
        assertTrue(h.path("reason").asText().contains(reason), h.toString());
    }

    /** Health goes back UP by itself once space is freed (a probe every two seconds reopens the store). */
    private static void awaitUp(Http anonymous) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        Http.Res health = anonymous.get("/.rest/health");
        while (health.status() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            health = anonymous.get("/.rest/health");
        }
        assertEquals(200, health.status(), "health UP again without a restart: " + health.body());
    }

    /** The trace a start on a full disk used to leave: a data file that Oak's recovery emptied. */
    private static void assertNoEmptyDataFile(Path home) throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("repository"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".tar")).toList()) {
                assertTrue(Files.size(f) > 0, f + " is empty");
            }
        }
    }
}
