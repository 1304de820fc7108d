package eu.innco.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rendition folder stays within its bound, least recently used first; and the crop arithmetic at the image's edges. */
class RenditionCacheTest {
    @Test
    void past_its_bound_the_least_recently_used_files_go() throws Exception {
        Path dir = Files.createTempDirectory("renditions");
        RenditionCache cache = new RenditionCache(dir, 10_000);
        for (int i = 0; i < 3; i++) cache.get("a", "k" + i + ".png", () -> Optional.of(new byte[3_000]));
        Files.setLastModifiedTime(dir.resolve("a/k0.png"), java.nio.file.attribute.FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(dir.resolve("a/k1.png"), java.nio.file.attribute.FileTime.fromMillis(2_000));
        Files.setLastModifiedTime(dir.resolve("a/k2.png"), java.nio.file.attribute.FileTime.fromMillis(3_000));
        cache.get("a", "k1.png", () -> { throw new AssertionError("a hit makes nothing"); }); // k1 is now the most recently used
        cache.get("a", "k3.png", () -> Optional.of(new byte[3_000]));
        assertFalse(Files.exists(dir.resolve("a/k0.png")), "the least recently used went");
        assertFalse(Files.exists(dir.resolve("a/k2.png")), "then the next, down to three quarters of the bound");
        assertTrue(Files.exists(dir.resolve("a/k1.png")), "the one read again stays");
        assertTrue(Files.exists(dir.resolve("a/k3.png")), "the one just made stays");
        long total;
        try (var files = Files.walk(dir)) {
            total = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total <= 10_000, "total " + total);
        assertEquals(4, cache.made());
    }

    @Test
    void a_crop_is_the_largest_area_of_the_shape_centred_on_the_focus_within_the_edges() {
        ImagingDefinition.Variation square = new ImagingDefinition.Variation("square", 400, 400);
        assertEquals(new Rectangle(400, 0, 800, 800), Renditions.cropArea(1600, 800, square, Renditions.Focus.CENTRE));
        assertEquals(new Rectangle(800, 0, 800, 800), Renditions.cropArea(1600, 800, square, new Renditions.Focus(0.95, 0.5)), "held at the right edge");
        assertEquals(new Rectangle(0, 0, 800, 800), Renditions.cropArea(1600, 800, square, new Renditions.Focus(0, 0)));
        ImagingDefinition.Variation wide = new ImagingDefinition.Variation("card", 640, 360);
        assertEquals(new Rectangle(0, 437, 1000, 563), Renditions.cropArea(1000, 1000, wide, new Renditions.Focus(0.5, 0.9)), "held at the bottom");
        assertEquals(new Rectangle(0, 169, 1000, 563), Renditions.cropArea(1000, 1000, wide, new Renditions.Focus(0.5, 0.45)));
        ImagingDefinition.Variation keep = new ImagingDefinition.Variation("medium", 960, 0);
        assertEquals(new Rectangle(0, 0, 1000, 1000), Renditions.cropArea(1000, 1000, keep, new Renditions.Focus(0.9, 0.9)));
    }
}
