package eu.innco.content;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the client said the item looks like before its change ({@code If-Match}): nothing, any
 * version ({@code *}) or a list of entity tags. Changes need one, so that nobody overwrites a
 * version they have not seen.
 */
public record Precondition(boolean present, boolean any, List<String> etags) {
    public static final Precondition NONE = new Precondition(false, false, List.of());
    public static final Precondition ANY = new Precondition(true, true, List.of());

    /** Parses an {@code If-Match} header value; null or blank gives {@link #NONE}. Weak tags never match. */
    public static Precondition ifMatch(String header) {
        if (header == null || header.isBlank()) return NONE;
        if (header.trim().equals("*")) return ANY;
        List<String> tags = new ArrayList<>();
        for (String part : header.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) tags.add(t);
        }
        return new Precondition(true, false, tags);
    }

    public static Precondition etag(String etag) {
        return new Precondition(true, false, List.of(etag));
    }

    /** Throws 428 without a precondition and 412 when the item has changed since. */
    public void check(ContentItem current) {
        if (!present) {
            throw new InncoException(ErrorCode.CONCURRENCY_001, "Precondition required",
                    "Send If-Match with the ETag of the version you edited (GET the item to obtain it), or If-Match: * to overwrite whatever is there.");
        }
        if (any || etags.contains(current.etag())) return;
        throw new InncoException(ErrorCode.CONCURRENCY_002, "Precondition failed",
                "The item was changed since you read it (" + String.join(", ", etags) + " is not the current version "
                        + current.etag() + ", saved by " + current.lastModifiedBy() + "). Read it again and re-apply your change.");
    }
}
