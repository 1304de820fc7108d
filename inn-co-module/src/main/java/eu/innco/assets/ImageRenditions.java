package eu.innco.assets;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * The renditions of asset images: which ones may be asked for (the light module's
 * {@link ImagingDefinition}), refusing image bombs before decoding ({@link PixelLimit}), and the
 * disk cache that makes each one once. Its key is the original's checksum, the size and the focal
 * point, so a replaced file or a moved focal point never gets an old rendition.
 */
public final class ImageRenditions {
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile("[0-9a-f-]{36}");
    /** Decoded images are the memory cost: two at a time at most, whatever the number of requests. */
    private final Semaphore decoding = new Semaphore(2);
    private final ImagingDefinition definition;
    private final PixelLimit limit;
    private final RenditionCache cache;
    private final Path dir;

    public ImageRenditions(ImagingDefinition definition, PixelLimit limit, Path cacheDir, long cacheBytes) {
        this.definition = definition;
        this.limit = limit;
        this.dir = cacheDir;
        this.cache = new RenditionCache(cacheDir, cacheBytes);
    }

    /** The default renditions with a cache in a new temporary folder, for tools and tests without a data folder. */
    public static ImageRenditions temporary() {
        try {
            return new ImageRenditions(ImagingDefinition.defaults(), new PixelLimit(PixelLimit.DEFAULT),
                    Files.createTempDirectory("innco-renditions"), 64L * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImagingDefinition definition() { return definition; }
    public PixelLimit limit() { return limit; }
    /** Renditions computed since start: cache hits do not count. */
    public long made() { return cache.made(); }

    /** The variation for {@code ?w=}: only the light module's widths, any other value is a 400 that lists them. */
    public ImagingDefinition.Variation width(String w) {
        Optional<ImagingDefinition.Variation> v = w != null && w.matches("\\d{1,5}") ? definition.width(Integer.parseInt(w)) : Optional.empty();
        String allowed = definition.widths().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return v.orElseThrow(() -> new InncoException(ErrorCode.RENDITION_001, "Width not allowed",
                "Images are served at these widths only: " + allowed + " (imaging/renditions.yaml); '" + w + "' is not one of them.",
                List.of(new FieldError("w", "allowed widths: " + allowed))).withArgs(allowed));
    }

    /** An asset's stored file, as a rendition starts from it. */
    record Source(String asset, String sha256, long size, String mimeType, String fileName, Renditions.Focus focus, StoredFile.Streamer original) {}

    /** The rendition, or empty when this image cannot be decoded here (then the original serves). */
    Optional<StoredFile> file(Source s, ImagingDefinition.Variation v) {
        boolean jpeg = AssetService.renditionType(s.mimeType()).equals("image/jpeg");
        String digest = hex(s.sha256() + ":" + s.size() + ":" + v.width() + "x" + v.height() + ":"
                + Math.round(s.focus().x() * 1000) + ":" + Math.round(s.focus().y() * 1000));
        String key = digest.substring(0, 32) + (jpeg ? ".jpg" : ".png");
        String folder = UUID.matcher(s.asset()).matches() ? s.asset() : "other";
        RenditionCache.Maker maker = () -> make(s, v, jpeg);
        Optional<Path> file = cache.get(folder, key, maker);
        if (file.isEmpty()) return Optional.empty();
        Path f = file.get();
        String name = s.fileName().replaceAll("\\.[^.]*$", "") + "-" + v.name() + (jpeg ? ".jpg" : ".png");
        StoredFile.Streamer body = out -> copy(f, out, () -> cache.get(folder, key, maker));
        return Optional.of(new StoredFile(jpeg ? "image/jpeg" : "image/png", name, digest, length(f), body));
    }

    /** Drops an asset's renditions when its file is replaced; the checksum in the key already keeps old ones from serving. */
    void forget(String asset) {
        if (UUID.matcher(asset).matches()) cache.forget(asset);
    }

    private Optional<byte[]> make(Source s, ImagingDefinition.Variation v, boolean jpeg) throws IOException {
        Files.createDirectories(dir);
        Path original = Files.createTempFile(dir, "source-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(original)) {
                s.original().writeTo(out);
            }
            limit.over(original).ifPresent(size -> {
                throw new InncoException(ErrorCode.RENDITION_002, "Image too large for renditions",
                        "This image declares " + size.width() + " x " + size.height() + " pixels, over the limit of " + limit.maxPixels()
                                + " (INNCO_IMAGE_MAX_PIXELS): it is not decoded. Its original file is still served.");
            });
            decoding.acquireUninterruptibly();
            try {
                return Renditions.make(original, jpeg, v, s.focus());
            } finally {
                decoding.release();
            }
        } finally {
            Files.deleteIfExists(original);
        }
    }

    /** Streams a cached file; one evicted since it was found is made again rather than failing the answer. */
    private static void copy(Path f, OutputStream out, java.util.function.Supplier<Optional<Path>> again) throws IOException {
        try {
            Files.copy(f, out);
        } catch (NoSuchFileException evicted) {
            Files.copy(again.get().orElseThrow(() -> evicted), out);
        }
    }

    private static long length(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
