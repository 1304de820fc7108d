package eu.innco.delivery;

/** The stored response of one node for one locale: the exact bytes and their strong ETag. */
public record StoredNode(byte[] json, String etag) {}
