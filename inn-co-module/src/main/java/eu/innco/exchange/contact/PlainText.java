package eu.innco.exchange.contact;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What members write to each other and to the platform: plain text with links, no HTML. A text
 * with markup is refused rather than cleaned, so that the writer sees what will be sent.
 */
public final class PlainText {
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^>]*>|&#?[A-Za-z0-9]{2,8};");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private PlainText() {}

    /** The problem with a text as a bundle key ({@code exchange.error.length}, {@code exchange.error.html}), or empty. */
    public static Optional<String> problem(String text, int min, int max) {
        String t = text == null ? "" : text.strip();
        if (t.length() < min || t.length() > max) return Optional.of("exchange.error.length");
        if (MARKUP.matcher(t).find()) return Optional.of("exchange.error.html");
        if (CONTROL.matcher(t).find()) return Optional.of("exchange.error.html");
        return Optional.empty();
    }

    /** The text as it will be stored or sent: stripped, line ends as {@code \n}. */
    public static String clean(String text) {
        return text == null ? "" : text.strip().replace("\r\n", "\n").replace('\r', '\n');
    }
}
