package eu.innco.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A file as stored for an asset (or one of its renditions): what it is, and a way to stream it,
 * so that sending a large file never holds it whole in memory.
 */
public record StoredFile(String mimeType, String fileName, String sha256, long size, Streamer content) {
    /** Writes the file's bytes to a stream, reading them from the repository as it goes. */
    @FunctionalInterface
    public interface Streamer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The whole file in memory: for tests and small files only. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
