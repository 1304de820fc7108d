package eu.innco.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message to one recipient: a subject, a plain-text body and an HTML body (sent together as
 * multipart/alternative) and extra headers such as {@code List-Unsubscribe}.
 */
public record MailMessage(String to, String subject, String text, String html, Map<String, String> headers) {
    public MailMessage {
        if (to == null || to.isBlank() || to.indexOf('@') < 1) throw new IllegalArgumentException("a message needs one recipient address");
        if (subject == null || subject.isBlank()) throw new IllegalArgumentException("a message needs a subject");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a message needs a plain-text body");
        headers = Map.copyOf(new LinkedHashMap<>(headers == null ? Map.of() : headers));
        for (Map.Entry<String, String> h : headers.entrySet()) {
            // a line break in a header would let a value add headers of its own
            if (!h.getKey().matches("[A-Za-z0-9-]{1,64}") || h.getValue().indexOf('\r') >= 0 || h.getValue().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("header names are letters, digits and '-', values one line: " + h.getKey());
            }
        }
    }

    /** A message without extra headers. */
    public static MailMessage of(String to, String subject, String text, String html) {
        return new MailMessage(to, subject, text, html, Map.of());
    }

    /** Never prints the address or the bodies. */
    @Override
    public String toString() {
        return "MailMessage[subject=" + subject + ", headers=" + headers.keySet() + "]";
    }
}
