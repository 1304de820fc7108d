package eu.innco.delivery;

/**
 * The stored response of one node for one locale: the exact bytes, their strong ETag, and the
 * locale its values came from (its {@code @locale}, or {@code all}), kept beside the bytes so that
 * the Content-Language of an answer never needs the JSON parsed.
 */
public record StoredNode(byte[] json, String etag, String locale) {}
