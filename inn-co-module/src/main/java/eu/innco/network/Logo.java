package eu.innco.network;

/** An uploaded logo: its file name, media type (checked from its bytes by the caller) and bytes. */
public record Logo(String fileName, String mediaType, byte[] bytes) {
    public static final long MAX_BYTES = 1024 * 1024;

    /** Never prints the bytes. */
    @Override
    public String toString() {
        return "Logo[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
