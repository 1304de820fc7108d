package eu.innco.delivery;

/**
 * The stored response of one node for one locale: the exact bytes, their strong ETag, and the
 * locale its values came from ({@code @locale}; {@code all} for {@code lang=all}).
 */
public record StoredNode(byte[] json, String etag, String language) {}
