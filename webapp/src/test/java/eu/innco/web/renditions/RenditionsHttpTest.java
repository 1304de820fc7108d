package eu.innco.web.renditions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /dam/<id>/<name>?w=} and named renditions over HTTP: only the light module's sizes, focal-point crops, image bombs refused. */
class RenditionsHttpTest {
    static InncoServer server;
    static URI base;
    static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        base = server.uri();
        admin = new Http(base).admin();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void an_allowed_width_is_served_with_an_etag_and_any_other_number_is_a_400_listing_the_allowed_ones() throws Exception {
        String id = Images.published(base, admin, "field.png", Images.withBlock(1600, 800, Color.RED, 0, 0, 10, 10, "png"));
        HttpResponse<byte[]> r = Images.get(base, "dam/" + id + "/field.png?w=640");
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage img = Images.decode(r.body());
        assertEquals(640, img.getWidth());
        assertEquals(320, img.getHeight(), "the proportions are kept");
        assertEquals("public, max-age=3600", r.headers().firstValue("Cache-Control").orElseThrow());
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Images.get(base, "dam/" + id + "/field.png?w=640", "If-None-Match", etag).statusCode());
        assertEquals(1600, Images.decode(Images.get(base, "dam/" + id + "/field.png?w=1920").body()).getWidth(), "never enlarged");

        for (String w : new String[] {"641", "0", "abc", "99999999999", "-320", ""}) {
            HttpResponse<byte[]> refused = Images.get(base, "dam/" + id + "/field.png?w=" + w);
            String body = new String(refused.body(), StandardCharsets.UTF_8);
            assertEquals(400, refused.statusCode(), w + ": " + body);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("INNCO-RENDITION-001", Http.JSON.readTree(body).path("code").asText());
            assertTrue(body.contains("320, 640, 960, 1280, 1920"), "the allowed widths are named: " + body);
        }
        assertEquals(404, Images.get(base, "dam/" + id + "/renditions/huge").statusCode(), "a rendition the light module does not name");
    }

    @Test
    void a_crop_keeps_the_focal_point_set_on_the_image_in_view() throws Exception {
        // a red block at 80-90 % from the left, 40-60 % from the top: a centred square crop leaves it out
        String id = Images.published(base, admin, "block.png", Images.withBlock(1600, 800, Color.RED, 1280, 320, 160, 160, "png"));
        BufferedImage centred = Images.decode(Images.get(base, "dam/" + id + "/renditions/square").body());
        assertEquals(400, centred.getWidth());
        assertEquals(400, centred.getHeight());
        assertEquals("white", Images.colour(centred, 280, 200), "no focal point: the middle of the image");

        Http.Res saved = admin.patch("/.rest/authoring/v1/items/asset/" + id, "{\"properties\": {\"focalX\": 85, \"focalY\": 50}}", "If-Match", "*");
        assertEquals(200, saved.status(), saved.body());
        assertEquals("white", Images.colour(Images.decode(Images.get(base, "dam/" + id + "/renditions/square").body()), 280, 200),
                "the public rendition waits for the focal point's publication");
        Images.publish(admin, id);
        BufferedImage focused = Images.decode(Images.get(base, "dam/" + id + "/renditions/square").body());
        // the 800 x 800 crop is pushed against the right edge (x 800-1600), then halved: the block lands at x 240-320, y 160-240
        assertEquals("red", Images.colour(focused, 280, 200));
        assertEquals("white", Images.colour(focused, 100, 200));

        Http.Res outside = admin.patch("/.rest/authoring/v1/items/asset/" + id, "{\"properties\": {\"focalX\": 101}}", "If-Match", "*");
        assertEquals(400, outside.status(), "a focal point is a percentage: " + outside.body());
    }

    @Test
    void renditions_are_images_in_pages_not_downloads_of_the_file() throws Exception {
        String id = Images.published(base, admin, "counted.png", Images.withBlock(800, 400, Color.RED, 0, 0, 10, 10, "png"));
        String browser = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0";
        assertEquals(200, Images.get(base, "dam/" + id + "/counted.png?w=320", "User-Agent", browser).statusCode());
        assertEquals(200, Images.get(base, "dam/" + id + "/renditions/thumbnail", "User-Agent", browser).statusCode());
        assertEquals(200, Images.get(base, "dam/" + id + "/counted.png", "User-Agent", browser).statusCode());
        var reach = server.services().reach;
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        List<eu.innco.reach.ReachRow> rows = List.of();
        // counting follows the answer: wait for the last request's count, the two before it were counted (or not) by then
        for (long until = System.currentTimeMillis() + 30_000; rows.isEmpty() && System.currentTimeMillis() < until; Thread.sleep(100)) {
            reach.flush();
            rows = reach.rows(today.minusDays(1), today.plusDays(1)).stream().filter(r -> r.key().path().contains(id)).toList();
        }
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("/dam/" + id + "/counted.png", rows.get(0).key().path());
        assertEquals(1, rows.get(0).count(), "the file itself was downloaded once");
    }

    @Test
    void a_jpeg_gives_jpeg_renditions() throws Exception {
        String id = Images.published(base, admin, "photo.jpg", Images.withBlock(1200, 800, Color.RED, 0, 0, 1200, 800, "jpeg"));
        HttpResponse<byte[]> r = Images.get(base, "dam/" + id + "/photo.jpg?w=320");
        assertEquals("image/jpeg", r.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage img = Images.decode(r.body());
        assertEquals(320, img.getWidth());
        assertEquals("red", Images.colour(img, 160, 100));
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("photo-w320.jpg"));
    }

    @Test
    void a_decompression_bomb_is_refused_at_upload_and_never_decoded_for_a_rendition() throws Exception {
        HttpResponse<String> upload = Images.upload(base, "POST", ".rest/authoring/v1/assets", null, "bomb.png", Images.bomb());
        assertEquals(413, upload.statusCode(), upload.body());
        assertEquals("application/problem+json", upload.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("INNCO-ASSET-002", Http.JSON.readTree(upload.body()).path("code").asText());
        assertTrue(upload.body().contains("50000 x 50000"), upload.body());

        // one stored before the limit (or under a higher one): its bytes are put in place as an import would
        String id = Images.published(base, admin, "later-bomb.png", Images.withBlock(400, 200, Color.RED, 0, 0, 10, 10, "png"));
        java.nio.file.Path file = java.nio.file.Files.write(java.nio.file.Files.createTempFile("bomb", ".png"), Images.bomb());
        server.services().repository.write(s -> {
            eu.innco.exports.AssetBinaries.store(s.getNodeByIdentifier(id), file, eu.innco.exports.AssetBinaries.sha256(file));
            return null;
        });
        Images.publish(admin, id);
        for (String path : new String[] {"dam/" + id + "/later-bomb.png?w=320", "dam/" + id + "/renditions/thumbnail"}) {
            HttpResponse<byte[]> r = Images.get(base, path);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(400, r.statusCode(), path + ": " + body);
            assertEquals("INNCO-RENDITION-002", Http.JSON.readTree(body).path("code").asText());
        }
        HttpResponse<byte[]> original = Images.get(base, "dam/" + id + "/later-bomb.png");
        assertEquals(200, original.statusCode(), "the original file is still served as it is");
        assertArrayEquals(Images.bomb(), original.body());
        assertNotNull(Images.decode(Images.get(base, "dam/" + Images.published(base, admin, "after.png",
                Images.withBlock(400, 200, Color.RED, 0, 0, 10, 10, "png")) + "/after.png?w=320").body()), "the server goes on");
    }
}
