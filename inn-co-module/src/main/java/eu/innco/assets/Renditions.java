package eu.innco.assets;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes one rendition of an image: crops it to the variation's shape around the focal point (when
 * the variation has a height), scales it down to the variation's width (never up), and encodes it
 * as JPEG for JPEG sources and PNG for the others, so that photos stay small and transparency stays.
 */
final class Renditions {
    /** Where the picture's subject is, as fractions of width and height from the top left; the middle when unset. */
    record Focus(double x, double y) {
        static final Focus CENTRE = new Focus(0.5, 0.5);
    }

    private static final float JPEG_QUALITY = 0.85f;

    private Renditions() {}

    /** The encoded rendition, or empty when Java has no decoder for this image (WebP, CMYK JPEG): then the original serves. */
    static Optional<byte[]> make(Path source, boolean jpeg, ImagingDefinition.Variation v, Focus focus) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(source.toFile());
        } catch (IOException | RuntimeException undecodable) {
            return Optional.empty();
        }
        if (image == null) return Optional.empty();
        Rectangle area = cropArea(image.getWidth(), image.getHeight(), v, focus);
        double scale = Math.min(1.0, v.width() / (double) area.width);
        int w = Math.max(1, (int) Math.round(area.width * scale));
        int h = Math.max(1, (int) Math.round(area.height * scale));
        BufferedImage out = scale(image.getSubimage(area.x, area.y, area.width, area.height), w, h, jpeg);
        return Optional.of(jpeg ? jpeg(out) : png(out));
    }

    /**
     * The part of a {@code width} x {@code height} image a variation keeps: all of it without a
     * height; else the largest area of the variation's shape, centred on the focal point as far as
     * the image's edges allow.
     */
    static Rectangle cropArea(int width, int height, ImagingDefinition.Variation v, Focus focus) {
        if (!v.crops()) return new Rectangle(0, 0, width, height);
        double shape = v.width() / (double) v.height();
        int cw = width;
        int ch = height;
        if (width / (double) height > shape) cw = Math.max(1, (int) Math.round(height * shape));
        else ch = Math.max(1, (int) Math.round(width / shape));
        int x = clamp((int) Math.round(focus.x() * width - cw / 2.0), width - cw);
        int y = clamp((int) Math.round(focus.y() * height - ch / 2.0), height - ch);
        return new Rectangle(x, y, cw, ch);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    /** Halves the image until one last bilinear step reaches the size: a single big step would alias fine details. */
    private static BufferedImage scale(BufferedImage source, int w, int h, boolean opaque) {
        BufferedImage current = source;
        int cw = source.getWidth();
        int ch = source.getHeight();
        do {
            cw = Math.max(w, cw / 2);
            ch = Math.max(h, ch / 2);
            if (cw < 2 * w) cw = w;
            if (ch < 2 * h) ch = h;
            BufferedImage next = new BufferedImage(cw, ch, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, cw, ch, null);
            g.dispose();
            current = next;
        } while (cw != w || ch != h);
        return current;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
