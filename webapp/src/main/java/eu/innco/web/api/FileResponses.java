package eu.innco.web.api;

import eu.innco.assets.StoredFile;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Sends a stored file as a stream: its real type, an ETag from its checksum (304 when unchanged), inline with its name (RFC 6266). */
public final class FileResponses {
    private FileResponses() {}

    public static Response of(StoredFile f, String cacheControl, String ifNoneMatch) {
        String etag = "\"" + (f.sha256().length() > 16 ? f.sha256().substring(0, 16) : Long.toHexString(f.size())) + "\"";
        if (etag.equals(ifNoneMatch)) return Response.notModified().header("ETag", etag).header("Cache-Control", cacheControl).build();
        StreamingOutput body = out -> f.content().writeTo(out);
        return Response.ok(body, f.mimeType())
                .header("Content-Disposition", UploadNames.contentDisposition("inline", f.fileName()))
                .header("Content-Length", f.size())
                .header("Cache-Control", cacheControl)
                .header("ETag", etag)
                .build();
    }
}
