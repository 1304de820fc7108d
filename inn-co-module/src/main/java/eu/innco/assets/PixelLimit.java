package eu.innco.assets;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Refuses image bombs before they are decoded: a small file may declare 50,000 x 50,000 pixels,
 * which would need gigabytes once decoded. The size is read from the header alone (an ImageIO
 * reader's {@code getWidth}/{@code getHeight}, which do not decode pixels).
 */
public record PixelLimit(long maxPixels) {
    /** 40 megapixels (an 8000 x 5000 photo): about 160 MB decoded, which two decodes at once can afford. */
    public static final long DEFAULT = 40_000_000L;

    /** The image's width and height. */
    public record Size(int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    /** The size declared by the file's header; empty when no reader here knows the format (WebP, or not an image). */
    public static Optional<Size> read(Path file) {
        return header(file.toFile());
    }

    /** The same for bytes in memory (a logo sent with a form). */
    public static Optional<Size> read(byte[] bytes) {
        return header(new java.io.ByteArrayInputStream(bytes));
    }

    /** Whether bytes in memory declare more pixels than the limit. */
    public boolean exceeded(byte[] bytes) {
        return read(bytes).filter(s -> s.pixels() > maxPixels).isPresent();
    }

    private static Optional<Size> header(Object input) {
        try (ImageInputStream in = ImageIO.createImageInputStream(input)) {
            if (in == null) return Optional.empty();
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // a broken header: nothing will be decoded from it either
        }
    }

    /** The declared size when it is over the limit. */
    public Optional<Size> over(Path file) {
        return read(file).filter(s -> s.pixels() > maxPixels);
    }

    /** The declared size, after refusing one over the limit with a 413 that says the limit. */
    public Optional<Size> check(Path file) {
        Optional<Size> size = read(file);
        if (size.isPresent() && size.get().pixels() > maxPixels) {
            Size s = size.get();
            throw new InncoException(ErrorCode.ASSET_002, "Image too large",
                    "This image declares " + s.width() + " x " + s.height() + " pixels; at most " + maxPixels
                            + " pixels are accepted (INNCO_IMAGE_MAX_PIXELS). Make it smaller and upload it again.",
                    List.of(new FieldError("file", s.width() + " x " + s.height() + " pixels is over " + maxPixels)))
                    .withArgs(s.width(), s.height(), maxPixels);
        }
        return size;
    }
}
