package eu.innco.web.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The one reading of {@code If-None-Match} (RFC 9110, 13.1.2), for delivery answers and portal
 * pages alike: a list of entity tags or {@code *}, compared weakly (a {@code W/} prefix on either
 * side does not matter, the quoted opaque tags must be equal). A tag may hold commas, so the list is
 * read tag by tag rather than split; a malformed rest of the header matches nothing.
 */
public final class EntityTags {
    private EntityTags() {}

    /**
     * A strong entity tag of {@code body} made under {@code context} (a language, say): 144 bits of
     * SHA-256, enough that two different bodies never share one in practice.
     */
    public static String strong(String context, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(context.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(md.digest(body), 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the client holds the representation whose strong or weak tag is {@code etag}: answer 304. */
    public static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) return false;
        String mine = opaque(etag);
        int i = 0;
        int n = ifNoneMatch.length();
        while (i < n) {
            char c = ifNoneMatch.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (c == '*') return ifNoneMatch.trim().equals("*"); // "*" stands alone, never in a list
            if (ifNoneMatch.startsWith("W/", i)) i += 2;
            if (i >= n || ifNoneMatch.charAt(i) != '"') return false;
            int end = ifNoneMatch.indexOf('"', i + 1);
            if (end < 0) return false;
            if (ifNoneMatch.regionMatches(i, mine, 0, mine.length()) && end + 1 - i == mine.length()) return true;
            i = end + 1;
        }
        return false;
    }

    /** The quoted opaque tag of an entity tag, without a weakness prefix. */
    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
