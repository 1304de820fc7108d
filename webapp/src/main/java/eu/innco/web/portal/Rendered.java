package eu.innco.web.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A finished portal answer: status, type, bytes and their strong ETag; or a redirect. */
record Rendered(int status, String type, byte[] body, String etag, String location) {
    static Rendered html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static Rendered of(int status, String type, byte[] body) {
        return new Rendered(status, type, body, etag(body), null);
    }

    /** A permanent redirect to another address of the same page (another locale's slug, a renamed item). */
    static Rendered moved(String location) {
        return new Rendered(301, null, new byte[0], null, location);
    }

    static String etag(byte[] body) {
        try {
            return "\"p" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
