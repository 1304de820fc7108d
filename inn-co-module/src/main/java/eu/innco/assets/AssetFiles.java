package eu.innco.assets;

import eu.innco.exports.AssetBinaries;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * What is needed to serve an asset's file or one of its renditions, read from its node while the
 * session is open; the bytes themselves are read later, in a session of their own, as they are sent.
 */
record AssetFiles(String id, String path, String fileName, String mimeType, String sha256, long size, Renditions.Focus focus) {
    /** Reads the binary's bytes at a repository path. */
    @FunctionalInterface
    interface Binaries {
        void stream(String path, OutputStream out) throws IOException;
    }

    /** The asset's stored file, when it has one. */
    static Optional<AssetFiles> of(Node n, String id) throws RepositoryException {
        if (!n.hasProperty(AssetBinaries.DATA)) return Optional.empty();
        String fileName = n.hasProperty("fileName") ? n.getProperty("fileName").getString() : n.getName();
        String mime = n.hasProperty("mimeType") ? n.getProperty("mimeType").getString() : "application/octet-stream";
        long size = n.getProperty(AssetBinaries.DATA).getLength();
        String sha = n.hasProperty(AssetBinaries.SHA256) ? n.getProperty(AssetBinaries.SHA256).getString() : "";
        return Optional.of(new AssetFiles(id, n.getPath(), fileName, mime, sha, size, focus(n)));
    }

    /** The focal point set in the editor ({@code focalX}, {@code focalY}: percent from the left and the top), else the middle. */
    private static Renditions.Focus focus(Node n) throws RepositoryException {
        if (!n.hasProperty("focalX") || !n.hasProperty("focalY")) return Renditions.Focus.CENTRE;
        double x = Math.max(0, Math.min(100, n.getProperty("focalX").getDouble())) / 100.0;
        double y = Math.max(0, Math.min(100, n.getProperty("focalY").getDouble())) / 100.0;
        return new Renditions.Focus(x, y);
    }

    /**
     * The original when {@code v} is null; else the rendition of an image, or the original when Java
     * cannot decode this image (WebP, CMYK JPEG); a file that is not an image has no renditions.
     */
    Optional<StoredFile> serve(ImagingDefinition.Variation v, ImageRenditions renditions, Binaries binaries) {
        StoredFile original = new StoredFile(mimeType, fileName, sha256, size, out -> binaries.stream(path, out));
        if (v == null) return Optional.of(original);
        if (!FileTypes.isImage(mimeType)) return Optional.empty();
        var source = new ImageRenditions.Source(id, sha256, size, mimeType, fileName, focus, original.content());
        return renditions.file(source, v).or(() -> Optional.of(original));
    }
}
