package eu.innco.assets;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What a file really is, read from its bytes (Apache Tika), not from its name or what the browser
 * said; only an allow-list of types is accepted. SVG and HTML are refused: they can carry scripts.
 */
final class FileTypes {
    private static final Tika TIKA = new Tika();
    static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");
    private static final Set<String> OTHERS = Set.of("application/pdf", "text/plain", "video/mp4", "audio/mpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.spreadsheet", "application/msword", "application/vnd.ms-powerpoint");
    /** Containers that Tika's core names only generically: the extension then says which kind they are. */
    private static final Map<String, String> OFFICE = Map.of("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text", "odp", "application/vnd.oasis.opendocument.presentation",
            "ods", "application/vnd.oasis.opendocument.spreadsheet", "doc", "application/msword", "ppt", "application/vnd.ms-powerpoint");

    private FileTypes() {}

    /** The accepted media type of the bytes, or empty when the type is not accepted. */
    static Optional<String> detect(InputStream bytes, String fileName) throws IOException {
        String detected = TIKA.detect(bytes, fileName);
        String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (detected.equals("application/x-tika-ooxml") || detected.equals("application/zip") || detected.equals("application/x-tika-msoffice")) {
            detected = OFFICE.getOrDefault(ext, detected);
        }
        return IMAGES.contains(detected) || OTHERS.contains(detected) ? Optional.of(detected) : Optional.empty();
    }

    static boolean isImage(String mimeType) {
        return IMAGES.contains(mimeType);
    }
}
