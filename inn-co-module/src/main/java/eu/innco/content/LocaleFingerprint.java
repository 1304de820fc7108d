package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.contenttype.PropertyDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short hash of what a reader of one locale sees of an item: the non-localised values plus that
 * locale's localised values. Stored at publication (and at translation), it tells later whether
 * the working copy changed for that locale, without keeping or reading the old values.
 */
public final class LocaleFingerprint {
    private LocaleFingerprint() {}

    public static String of(List<PropertyDefinition> props, ItemValues values, String locale, ValuesJson json) {
        ItemValues view = LocaleView.restrict(props, values, locale, true);
        JsonNode canonical = json.write(props, view);
        return hash(canonical.toString());
    }

    /** The hash of the localised values of one locale only: the "source" a translation was made from. */
    public static String ofLocalisedOnly(List<PropertyDefinition> props, ItemValues values, String locale, ValuesJson json) {
        ObjectNode canonical = json.write(props, LocaleView.restrict(props, values, locale, false));
        return hash(canonical.toString());
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
