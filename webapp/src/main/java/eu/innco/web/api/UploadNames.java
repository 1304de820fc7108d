package eu.innco.web.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;

/**
 * The file name of an uploaded part, exactly as the sender meant it. Browsers put the name's UTF-8
 * bytes straight into the multipart header (RFC 7578 4.2), which the multipart parser reads as
 * ISO-8859-1, giving "Ã‰ducation" for "Éducation"; other clients send {@code filename*} (RFC 5987),
 * which wins when present. Names are also served back with {@link #contentDisposition}.
 */
public final class UploadNames {
    private static final Pattern EXTENDED = Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([^;]+)");

    private UploadNames() {}

    /** The part's file name, or null when it has none. */
    public static String of(FormDataBodyPart part) {
        String header = part.getHeaders().getFirst("Content-Disposition");
        if (header != null) {
            Matcher m = EXTENDED.matcher(header);
            if (m.find()) {
                String decoded = Rfc5987.decode(m.group(1).trim());
                if (decoded != null) return decoded;
            }
        }
        String plain = part.getContentDisposition() == null ? null : part.getContentDisposition().getFileName();
        return plain == null ? null : asUtf8(plain);
    }

    /**
     * A header value read byte for byte as ISO-8859-1, read again as the UTF-8 it was; a value whose
     * bytes are not UTF-8 (a client that really meant Latin-1) is kept as it is.
     */
    static String asUtf8(String latin1) {
        if (latin1.chars().allMatch(c -> c < 0x80) || latin1.chars().anyMatch(c -> c > 0xff)) return latin1;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return latin1;
        }
    }

    /**
     * {@code inline} or {@code attachment} with the name twice (RFC 6266): {@code filename*} in UTF-8
     * for every client of this century, and an ASCII {@code filename} for the others.
     */
    public static String contentDisposition(String type, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + Rfc5987.encode(fileName);
    }
}
