package eu.innco.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentEvent;
import eu.innco.content.ContentItem;
import eu.innco.content.ListQuery;
import eu.innco.content.Precondition;
import eu.innco.repository.StoreFaults;
import eu.innco.security.Actor;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An asset and its file are one commit: a store that stops accepting writes (a full disk) between
 * the item and its bytes must leave the whole asset or nothing, never an item without its file.
 */
class AssetCommitTest {
    static final byte[] PDF = "%PDF-1.4\n% first\n".getBytes(StandardCharsets.US_ASCII);
    TestModule m;
    AssetService assets;

    @BeforeEach
    void start() {
        m = TestModule.memory(); // each test its own: a store that stopped writing stays stopped
        assets = m.module.assets(200_000, eu.innco.assets.ImageRenditions.temporary());
    }

    @AfterEach
    void stop() {
        m.close();
    }

    @Test
    void a_store_that_stops_right_after_the_item_is_saved_leaves_no_asset_without_its_file() {
        m.content.addListener(e -> {
            if (e.kind() == ContentEvent.Kind.CREATED && AssetService.TYPE.equals(e.type())) StoreFaults.stopWrites(m.repository, "test: disk full");
        });
        try {
            ContentItem item = assets.upload(Actor.SYSTEM, "guide.pdf", new ByteArrayInputStream(PDF), "en", "Guide", null);
            assertArrayEquals(PDF, assets.draftFile(Actor.SYSTEM, item.id(), null).orElseThrow().bytes(), "acknowledged with its file");
        } catch (InncoException e) {
            assertEquals(ErrorKind.UNAVAILABLE, e.kind(), "a refused store is a 503, not a half-written asset: " + e.code());
        }
        assertNoAssetWithoutFile();
    }

    @Test
    void a_store_that_refuses_writes_gets_a_503_and_nothing_is_written() {
        StoreFaults.stopWrites(m.repository, "test: disk full");
        InncoException e = assertThrows(InncoException.class,
                () -> assets.upload(Actor.SYSTEM, "guide.pdf", new ByteArrayInputStream(PDF), "en", "Guide", null));
        assertEquals(ErrorKind.UNAVAILABLE, e.kind());
        assertEquals(List.of(), assetIds());
    }

    @Test
    void replacing_a_file_changes_bytes_type_and_renditions_together_or_not_at_all() throws Exception {
        ContentItem doc = assets.upload(Actor.SYSTEM, "guide.pdf", new ByteArrayInputStream(PDF), "en", "Guide", null);
        byte[] png = AssetServiceTest.png(800, 400, Color.GREEN);

        InncoException noAlt = assertThrows(InncoException.class, () -> assets.replaceFile(Actor.SYSTEM, doc.id(), "map.png",
                new ByteArrayInputStream(png), "en", null, Precondition.ANY));
        assertEquals(ErrorKind.INVALID_INPUT, noAlt.kind(), "an image still needs its alt text");
        assertUnchanged(doc);

        ContentItem image = assets.replaceFile(Actor.SYSTEM, doc.id(), "map.png", new ByteArrayInputStream(png), "en",
                "A map of the region", Precondition.etag(doc.etag()));
        assertEquals("image/png", image.values().get("mimeType").orElseThrow());
        assertEquals("map.png", image.values().get("fileName").orElseThrow());
        assertArrayEquals(png, assets.draftFile(Actor.SYSTEM, doc.id(), null).orElseThrow().bytes());
        assertEquals("image/png", assets.draftFile(Actor.SYSTEM, doc.id(), "thumbnail").orElseThrow().mimeType());

        StoreFaults.stopWrites(m.repository, "test: disk full");
        InncoException full = assertThrows(InncoException.class, () -> assets.replaceFile(Actor.SYSTEM, doc.id(), "other.pdf",
                new ByteArrayInputStream(PDF), "en", null, Precondition.ANY));
        assertEquals(ErrorKind.UNAVAILABLE, full.kind());
        assertArrayEquals(png, assets.draftFile(Actor.SYSTEM, doc.id(), null).orElseThrow().bytes(), "the image is still whole");
    }

    private void assertUnchanged(ContentItem doc) throws Exception {
        ContentItem now = m.content.get(Actor.SYSTEM, AssetService.TYPE, doc.id());
        assertEquals(doc.etag(), now.etag());
        assertArrayEquals(PDF, assets.draftFile(Actor.SYSTEM, doc.id(), null).orElseThrow().bytes());
    }

    private void assertNoAssetWithoutFile() {
        for (String id : assetIds()) {
            assertTrue(assets.draftFile(Actor.SYSTEM, id, null).isPresent(), "asset " + id + " was left without its file");
        }
    }

    private List<String> assetIds() {
        return m.content.list(Actor.SYSTEM, AssetService.TYPE, ListQuery.firstPage()).items().stream().map(ContentItem::id).toList();
    }
}
