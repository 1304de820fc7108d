package eu.innco.web.delivery;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes delivery answers: stored bytes as they are, lists and GeoJSON assembled from stored bytes,
 * each with a strong ETag (304 when {@code If-None-Match} has it), Cache-Control, Content-Language
 * and Vary.
 */
final class Answers {
    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";

    private final String cacheControl;

    String cacheControl() { return cacheControl; }

    Answers(int maxAgeSeconds) {
        this.cacheControl = "public, max-age=" + maxAgeSeconds;
    }

    static final String NODE_VARY = "Accept-Language";
    static final String LIST_VARY = "Accept-Language, Accept";

    Response answer(byte[] body, String etag, String type, String language, String vary, HttpHeaders request) {
        Response.ResponseBuilder b = notModified(request.getHeaderString("If-None-Match"), etag)
                ? Response.notModified() : Response.ok(body, type);
        return b.header("ETag", etag).header("Cache-Control", cacheControl).header("Content-Language", language)
                .header("Vary", vary).build();
    }

    /** The one If-None-Match rule of the portal and the delivery API. */
    static boolean notModified(String ifNoneMatch, String etag) {
        return eu.innco.web.cache.EntityTags.notModified(ifNoneMatch, etag);
    }

    /** An RFC 7946 FeatureCollection of the stored Features. */
    static byte[] featureCollection(List<byte[]> features) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + features.stream().mapToInt(r -> r.length + 1).sum());
        out.writeBytes("{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.US_ASCII));
        join(out, features);
        out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void join(ByteArrayOutputStream out, List<byte[]> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) out.write(',');
            out.writeBytes(parts.get(i));
        }
    }

    /**
     * A list's ETag: its results' own strong ETags with the paging numbers, which fix its bytes
     * exactly (hashing a 200 KB page costs more than finding it); GeoJSON hashes its bytes.
     */
    static String etag(String language, eu.innco.delivery.Page page, byte[] body) {
        if (page.geoJson() || page.etags().size() != page.size()) return etag(language, body);
        String spec = page.offset() + "," + page.limit() + "," + page.total() + "," + String.join(",", page.etags());
        return etag(language, spec.getBytes(StandardCharsets.US_ASCII));
    }

    static String etag(String language, byte[] body) {
        return eu.innco.web.cache.EntityTags.strong(language, body);
    }
}
