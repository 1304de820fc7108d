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

    /** The renditions of an image; empty when the format cannot be read here (then the original is used). */
    static Map<String, Rendition> of(InputStream image) throws IOException {
        Map<String, Rendition> out = new LinkedHashMap<>();
        BufferedImage source = ImageIO.read(image);
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
            ImageIO.write(scaled, "png", png);
            out.put(e.getKey(), new Rendition(png.toByteArray(), w, h));
        }
        return out;
    }
}
