package eu.innco.network;

import eu.innco.i18n.messages.Messages;
import eu.innco.mail.MailMessage;

/**
 * The network's mails, in the language of the application: a greeting, one or two paragraphs,
 * perhaps a link, a closing line. Texts are the portal bundles' {@code network.mail.*} keys.
 */
public final class NetworkMails {
    private final Messages messages;

    NetworkMails(Messages messages) {
        this.messages = messages;
    }

    /**
     * A mail of kind {@code kind} ({@code verify}, {@code changes}, {@code rejected}, {@code approved},
     * {@code invite}, {@code withdrawn}): subject, lead, a note from a moderator (may be empty) and a link (may be empty).
     */
    MailMessage build(String kind, String locale, String to, String recipientName, String organisation, String note, String link,
                      String validity) {
        String p = "network.mail." + kind + ".";
        String subject = messages.format(p + "subject", locale, "organisation", organisation);
        String hello = messages.format("network.mail.hello", locale, "name", recipientName);
        String lead = messages.format(p + "lead", locale, "organisation", organisation, "validity", validity);
        String noteLabel = messages.format("network.mail.note", locale);
        String action = messages.format(p + "action", locale);
        String closing = messages.format("network.mail.closing", locale);
        StringBuilder text = new StringBuilder(hello).append("\n\n").append(lead).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(esc(locale)).append("\"><body>")
                .append("<p>").append(esc(hello)).append("</p><p>").append(esc(lead)).append("</p>");
        if (!note.isBlank()) {
            text.append(noteLabel).append("\n").append(note).append("\n\n");
            html.append("<p><strong>").append(esc(noteLabel)).append("</strong></p><blockquote>").append(esc(note)).append("</blockquote>");
        }
        if (!link.isEmpty()) {
            text.append(action).append(":\n").append(link).append("\n\n");
            html.append("<p><a href=\"").append(esc(link)).append("\">").append(esc(action)).append("</a></p>");
        }
        text.append(closing).append("\n");
        html.append("<p>").append(esc(closing)).append("</p></body></html>");
        return MailMessage.of(to, subject, text.toString(), html.toString());
    }

    /** Escapes text for HTML (element content and quoted attributes); the newsletter mails use it too. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
