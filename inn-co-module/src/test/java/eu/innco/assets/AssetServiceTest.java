package eu.innco.assets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploads: typed from their bytes, size-limited, images with alt text and renditions, published apart from drafts. */
class AssetServiceTest {
    static TestModule m;
    static AssetService assets;

    @BeforeAll
    static void start() {
        m = TestModule.memory();
        assets = m.module.assets(200_000, eu.innco.assets.ImageRenditions.temporary());
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    static byte[] png(int w, int h, Color c) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void an_image_is_typed_from_its_bytes_and_gets_renditions() throws Exception {
        ContentItem item = assets.upload(Actor.SYSTEM, "photo.jpg", new ByteArrayInputStream(png(1200, 600, Color.ORANGE)), "fr",
                "Atelier", "Des personnes autour d'une table");
        assertEquals("image/png", item.values().get("mimeType").orElseThrow(), "the bytes are a PNG whatever the name says");
        StoredFile thumb = assets.draftFile(Actor.SYSTEM, item.id(), "thumbnail").orElseThrow();
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb.bytes()));
        assertEquals(320, t.getWidth());
        assertEquals(160, t.getHeight());
        assertEquals(960, ImageIO.read(new ByteArrayInputStream(assets.draftFile(Actor.SYSTEM, item.id(), "medium").orElseThrow().bytes())).getWidth());
    }

    @Test
    void an_image_without_alt_text_and_a_script_carrying_file_are_refused() throws Exception {
        InncoException noAlt = assertThrows(InncoException.class,
                () -> assets.upload(Actor.SYSTEM, "x.png", new ByteArrayInputStream(png(10, 10, Color.BLUE)), "en", "x", " "));
        assertEquals("properties.alt", noAlt.errors().get(0).path());
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        InncoException e = assertThrows(InncoException.class, () -> assets.upload(Actor.SYSTEM, "logo.png", new ByteArrayInputStream(svg), "en", "x", "y"));
        assertEquals(ErrorKind.UNSUPPORTED_MEDIA_TYPE, e.kind());
        byte[] html = "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(ErrorKind.UNSUPPORTED_MEDIA_TYPE, assertThrows(InncoException.class,
                () -> assets.upload(Actor.SYSTEM, "notes.txt", new ByteArrayInputStream(html), "en", "x", null)).kind());
        assertEquals(0, m.content.list(Actor.SYSTEM, "asset", eu.innco.content.ListQuery.firstPage()).items().stream()
                .filter(i -> "logo.png".equals(i.values().get("fileName").orElse(""))).count(), "nothing was written");
    }

    /** A small PNG whose header claims 50000 x 50000 pixels: decoding it would need gigabytes. */
    static byte[] bomb() throws Exception {
        byte[] png = png(1, 1, Color.RED);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        b.putInt(16, 50_000).putInt(20, 50_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return png;
    }

    @Test
    void an_image_claiming_enormous_dimensions_is_refused_before_it_is_decoded() throws Exception {
        InncoException e = assertThrows(InncoException.class,
                () -> assets.upload(Actor.SYSTEM, "bomb.png", new ByteArrayInputStream(bomb()), "en", "Bomb", "A red dot"));
        assertEquals(ErrorKind.PAYLOAD_TOO_LARGE, e.kind());
        assertEquals("INNCO-ASSET-002", e.code());
        assertTrue(e.getMessage().contains("50000 x 50000"), e.getMessage());
        assertEquals(0, m.content.list(Actor.SYSTEM, "asset", eu.innco.content.ListQuery.firstPage()).items().stream()
                .filter(i -> "bomb.png".equals(i.values().get("fileName").orElse(""))).count(), "nothing was written");
    }

    @Test
    void odd_file_names_are_cleaned_not_fatal() throws Exception {
        byte[] pdf = "%PDF-1.4\n%odd\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("file", assets.upload(Actor.SYSTEM, "/", new ByteArrayInputStream(pdf), "en", null, null).values().get("fileName").orElseThrow());
        assertEquals("report.pdf", assets.upload(Actor.SYSTEM, "C:\\x\\re\u0000port\".pdf", new ByteArrayInputStream(pdf), "en", null, null)
                .values().get("fileName").orElseThrow());
    }

    @Test
    void a_file_over_the_limit_is_refused() {
        byte[] big = new byte[300_000];
        big[0] = '%';
        InncoException e = assertThrows(InncoException.class, () -> assets.upload(Actor.SYSTEM, "big.pdf", new ByteArrayInputStream(big), "en", null, null));
        assertEquals(ErrorKind.PAYLOAD_TOO_LARGE, e.kind());
    }

    @Test
    void the_public_gets_the_published_file_and_a_later_upload_stays_a_draft() throws Exception {
        byte[] first = "%PDF-1.4\n% the first version\n".getBytes(StandardCharsets.US_ASCII);
        ContentItem doc = assets.upload(Actor.SYSTEM, "guide.pdf", new ByteArrayInputStream(first), "en", "Guide", null);
        assertEquals("application/pdf", doc.values().get("mimeType").orElseThrow());
        assertTrue(assets.publishedFile(doc.id(), null).isEmpty(), "a draft file is not public");
        m.publication.publish(Actor.SYSTEM, "asset", doc.id(), List.of("en"), null, false);
        assertArrayEquals(first, assets.publishedFile(doc.id(), null).orElseThrow().bytes());
        java.nio.file.Path second = java.nio.file.Files.writeString(java.nio.file.Files.createTempFile("v2", ".pdf"), "%PDF-1.4\n% second\n");
        m.repository.write(s -> {
            eu.innco.exports.AssetBinaries.store(s.getNodeByIdentifier(doc.id()), second, "x");
            return null;
        });
        assertArrayEquals(first, assets.publishedFile(doc.id(), null).orElseThrow().bytes(), "the new file waits for publication");
    }
}
