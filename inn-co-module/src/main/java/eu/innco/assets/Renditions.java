package eu.innco.assets;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** Smaller copies of an image for lists and pages: {@code thumbnail} (320 px wide) and {@code medium} (960 px). */
final class Renditions {
    static final Map<String, Integer> WIDTHS = Map.of("thumbnail", 320, "medium", 960);

    /** One rendition: PNG bytes and size. */
    record Rendition(byte[] png, int width, int height) {}

    private Renditions() {}

    /** Larger images are kept but not scaled: decoding 50000 x 50000 pixels would need gigabytes of memory. */
    static final long MAX_PIXELS = 40_000_000L;

    /** The renditions of an image; empty when it cannot be read here or is too large to decode (then the original is used). */
    static Map<String, Rendition> of(java.nio.file.Path file) {
        Map<String, Rendition> out = new LinkedHashMap<>();
        BufferedImage source;
        try {
            if (pixels(file) > MAX_PIXELS) return out;
            try (InputStream in = java.nio.file.Files.newInputStream(file)) {
                source = ImageIO.read(in);
            }
        } catch (IOException | RuntimeException e) {
            return out; // CMYK JPEGs and other formats Java cannot decode get no renditions
        }
        if (source == null) return out;
        for (Map.Entry<String, Integer> e : WIDTHS.entrySet()) {
            int w = Math.min(e.getValue(), source.getWidth());
            int h = Math.max(1, Math.round(source.getHeight() * (w / (float) source.getWidth())));
            BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(scaled, "png", png);
            } catch (IOException unwritable) {
                return new LinkedHashMap<>();
            }
            out.put(e.getKey(), new Rendition(png.toByteArray(), w, h));
        }
        return out;
    }

    /** Width times height from the header alone, without decoding the pixels; 0 when unknown. */
    private static long pixels(java.nio.file.Path file) throws IOException {
        try (javax.imageio.stream.ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return 0;
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return 0;
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        }
    }
}
