package eu.innco.web.portal;

import eu.innco.files.Fingerprint;
import java.nio.charset.StandardCharsets;

/** A finished portal answer: status, type, bytes and their strong ETag; or a redirect. */
record Rendered(int status, String type, byte[] body, String etag, String location) {
    static final String HTML = "text/html; charset=utf-8";

    static Rendered html(int status, String html) {
        return of(status, HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    static Rendered of(int status, String type, byte[] body) {
        return new Rendered(status, type, body, etag(body), null);
    }

    /** A permanent redirect to another address of the same page (another locale's slug, a renamed item). */
    static Rendered moved(String location) {
        return new Rendered(301, null, new byte[0], null, location);
    }

    /**
     * The bytes' {@link Fingerprint}: a validator only has to change when the bytes do, and SHA-256
     * cost a tenth of an uncached page.
     */
    static String etag(byte[] body) {
        return "\"p" + Fingerprint.of(body) + "\"";
    }
}
