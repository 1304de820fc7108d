package eu.innco.assets;

/** A file as stored for an asset (or one of its renditions), ready to be sent. */
public record StoredFile(byte[] bytes, String mimeType, String fileName, String sha256) {}
