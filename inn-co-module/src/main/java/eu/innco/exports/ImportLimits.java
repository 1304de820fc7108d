package eu.innco.exports;

/**
 * How large content-exports may be, so that an import of absurd values is refused within seconds
 * instead of filling memory for minutes. Far above real content: the whole INN-CO guide is a few
 * hundred kilobytes of YAML, and a rich text of 2 million characters is a book.
 */
public final class ImportLimits {
    /** Largest item file (YAML); checked before it is parsed, and while an archive is unpacked. */
    public static final long MAX_ITEM_FILE_BYTES = 8L * 1024 * 1024;
    /** Longest single value in an item file, in characters. */
    public static final int MAX_VALUE_CHARS = 2 * 1024 * 1024;
    /** Largest other file of an archive (an asset's binary). */
    public static final long MAX_BINARY_BYTES = 256L * 1024 * 1024;
    /** Largest total of an unpacked archive. */
    public static final long MAX_UNPACKED_BYTES = 1L << 30;
    /** Most entries an archive may hold. */
    public static final int MAX_ENTRIES = 20_000;

    private ImportLimits() {}

    /** A size as people read it: {@code 8 MiB}. */
    static String mib(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** The limit of one file of an archive, by its name. */
    static long maxFileBytes(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") ? MAX_ITEM_FILE_BYTES : MAX_BINARY_BYTES;
    }
}
