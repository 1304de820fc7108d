package eu.innco.web.renditions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.assets.ImageRenditions;
import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.awt.Color;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renditions are made once, kept in {@code $INNCO_HOME/renditions}, shared by requests that arrive together, and dropped when the file is replaced. */
class RenditionDiskCacheTest {
    static InncoServer server;
    static URI base;
    static Http admin;
    static ImageRenditions renditions;
    static Path cache;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        base = server.uri();
        admin = new Http(base).admin();
        renditions = server.services().assets.renditions();
        cache = server.services().config.repository().home().resolve("renditions");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_rendition_is_made_once_then_read_from_disk() throws Exception {
        String id = Images.published(base, admin, "once.png", Images.withBlock(1000, 500, Color.RED, 0, 0, 1000, 500, "png"));
        long before = renditions.made();
        HttpResponse<byte[]> first = Images.get(base, "dam/" + id + "/once.png?w=320");
        assertEquals(200, first.statusCode());
        assertEquals(before + 1, renditions.made());
        List<Path> files = files(id);
        assertEquals(1, files.size(), "one file on disk: " + files);
        assertTrue(files.get(0).getFileName().toString().matches("[0-9a-f]{32}\\.png"), "a name made of a digest: " + files);
        assertArrayEquals(first.body(), Files.readAllBytes(files.get(0)));

        HttpResponse<byte[]> second = Images.get(base, "dam/" + id + "/once.png?w=320");
        assertArrayEquals(first.body(), second.body());
        assertEquals(before + 1, renditions.made(), "the second answer came from disk");
    }

    @Test
    void requests_that_arrive_together_wait_for_one_computation() throws Exception {
        String id = Images.published(base, admin, "together.png", Images.withBlock(1920, 1080, Color.RED, 0, 0, 960, 1080, "png"));
        long before = renditions.made();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return Images.get(base, "dam/" + id + "/together.png?w=1280");
                }));
            }
            go.countDown();
            byte[] first = null;
            for (Future<HttpResponse<byte[]>> a : answers) {
                HttpResponse<byte[]> r = a.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode());
                if (first == null) first = r.body();
                assertArrayEquals(first, r.body(), "every request got the same rendition");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, renditions.made(), "eight requests, one computation");
    }

    @Test
    void replacing_the_file_drops_its_renditions_and_the_next_ones_show_the_new_image() throws Exception {
        String id = Images.published(base, admin, "replaced.png", Images.withBlock(800, 400, Color.RED, 0, 0, 800, 400, "png"));
        assertEquals("red", Images.colour(Images.decode(Images.get(base, "dam/" + id + "/replaced.png?w=320").body()), 160, 80));
        assertEquals(1, files(id).size());

        HttpResponse<String> replaced = Images.upload(base, "PUT", ".rest/authoring/v1/assets/" + id + "/file", "*", "replaced.png",
                Images.withBlock(800, 400, Color.BLUE, 0, 0, 800, 400, "png"));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals(List.of(), files(id), "the old renditions are gone from disk");
        Images.publish(admin, id);
        long before = renditions.made();
        assertEquals("blue", Images.colour(Images.decode(Images.get(base, "dam/" + id + "/replaced.png?w=320").body()), 160, 80));
        assertEquals(before + 1, renditions.made(), "made again from the new file");
    }

    private static List<Path> files(String id) throws Exception {
        Path folder = cache.resolve(id);
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }
}
