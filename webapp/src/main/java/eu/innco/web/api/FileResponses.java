package eu.innco.web.api;

import eu.innco.assets.StoredFile;
import jakarta.ws.rs.core.Response;

/** Sends a stored file: its real type, an ETag from its checksum, shown inline with a safe file name. */
public final class FileResponses {
    private FileResponses() {}

    public static Response of(StoredFile f, String cacheControl) {
        String safeName = f.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(f.bytes(), f.mimeType())
                .header("Content-Disposition", "inline; filename=\"" + safeName + "\"")
                .header("Cache-Control", cacheControl)
                .header("ETag", "\"" + (f.sha256().length() > 16 ? f.sha256().substring(0, 16) : Integer.toHexString(f.bytes().length)) + "\"")
                .build();
    }
}
