package eu.innco.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.media.multipart.BodyPartEntity;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;

/**
 * The text of a multipart form field, read as UTF-8 whatever the part declares. Jersey's
 * {@code getValue()} throws unless the part says it is {@code text/plain}, and with a charset it
 * does not know: both are input a client sent, and answered 500 before (a fuzzed upload whose
 * locale part carried a broken header). Browsers send fields as UTF-8 without a type, so reading
 * the bytes as UTF-8 is what they mean; other fields than files are short, hence the bound.
 */
public final class FormText {
    /** Far above any text field of the project's forms; the rest of a longer value is not read. */
    static final int MAX_BYTES = 256 * 1024;

    private FormText() {}

    /** The field's text, or null when there is no such part. */
    public static String of(FormDataBodyPart part) {
        if (part == null) return null;
        if (!(part.getEntity() instanceof BodyPartEntity body)) return part.isSimple() ? part.getValue() : null;
        try (InputStream in = body.getInputStream()) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
