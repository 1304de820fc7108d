package eu.innco.delivery;

/**
 * The stored response of one node for one locale: the exact bytes, their strong ETag, and the
 * locale its values came from (its {@code @locale}, or {@code all}), kept beside the bytes so that
 * the Content-Language of an answer never needs the JSON parsed. {@code item} is the id of the item
 * the node belongs to (itself, or the item holding a child node; "" for a preview): what an answer
 * cache drops the answer with when that item is published again.
 */
public record StoredNode(byte[] json, String etag, String locale, String item) {
    /** A node that no published item owns (a preview). */
    public StoredNode(byte[] json, String etag, String locale) {
        this(json, etag, locale, "");
    }
}
