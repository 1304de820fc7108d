package eu.innco.newsletter;

import eu.innco.i18n.messages.Messages;
import eu.innco.mail.MailMessage;
import eu.innco.network.NetworkMails;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An issue as mail in one language: plain text and HTML made once per language, each recipient's
 * own links put in at the end. Links to content are the campaign's share links; the mail has no
 * image and nothing that reports its opening. Every mail carries RFC 8058's one-click unsubscribe.
 */
final class IssueMail {
    private static final String OWN = "\u0000own\u0000";
    private final String text;
    private final String html;
    private final String subject;
    private final String locale;

    /** {@code language}: the language of the text used; {@code ownBase}: the subscriber's page, to which the own token is appended. */
    IssueMail(Messages messages, Issue issue, String language, String ownBase) {
        IssueText t = issue.texts().get(language);
        this.locale = language;
        this.subject = t.subject();
        String topic = messages.format("newsletter.topic." + issue.topic(), language);
        String why = messages.format("newsletter.issue.why", language, "topic", topic);
        String unsubscribe = messages.format("newsletter.issue.unsubscribe", language);
        String manage = messages.format("newsletter.issue.manage", language);
        String unsubscribeLink = ownBase + "unsubscribe?t=" + OWN;
        String manageLink = ownBase + "manage?t=" + OWN;
        StringBuilder tx = new StringBuilder(t.subject()).append("\n\n");
        StringBuilder hx = new StringBuilder("<!DOCTYPE html><html lang=\"").append(NetworkMails.esc(language)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\"><title>").append(NetworkMails.esc(t.subject())).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;max-width:40em;margin:auto;padding:1em;color:#1a1a1a\"><h1>")
                .append(NetworkMails.esc(t.subject())).append("</h1>");
        if (!t.intro().isEmpty()) {
            tx.append(t.intro()).append("\n\n");
            for (String p : t.intro().split("\n\\s*\n")) hx.append("<p>").append(NetworkMails.esc(p.strip())).append("</p>");
        }
        if (!t.items().isEmpty()) hx.append("<ul>");
        for (IssueText.Item i : t.items()) {
            tx.append("* ").append(i.title()).append('\n');
            if (!i.summary().isEmpty()) tx.append("  ").append(i.summary()).append('\n');
            tx.append("  ").append(i.url()).append("\n\n");
            hx.append("<li><p><a href=\"").append(NetworkMails.esc(i.url())).append("\">").append(NetworkMails.esc(i.title())).append("</a>");
            if (!i.summary().isEmpty()) hx.append("<br>").append(NetworkMails.esc(i.summary()));
            hx.append("</p></li>");
        }
        if (!t.items().isEmpty()) hx.append("</ul>");
        tx.append("--\n").append(why).append('\n').append(unsubscribe).append(": ").append(unsubscribeLink).append('\n')
                .append(manage).append(": ").append(manageLink).append('\n');
        hx.append("<hr><p style=\"font-size:0.9em\">").append(NetworkMails.esc(why)).append("<br><a href=\"").append(NetworkMails.esc(unsubscribeLink))
                .append("\">").append(NetworkMails.esc(unsubscribe)).append("</a> · <a href=\"").append(NetworkMails.esc(manageLink)).append("\">")
                .append(NetworkMails.esc(manage)).append("</a></p></body></html>");
        this.text = tx.toString();
        this.html = hx.toString();
    }

    String language() {
        return locale;
    }

    /** The mail for one recipient: their own token in the links and in the {@code List-Unsubscribe} header. */
    MailMessage to(String email, String ownToken, String ownBase) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + ownBase + "unsubscribe?t=" + ownToken + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Content-Language", locale);
        return new MailMessage(email, subject, text.replace(OWN, ownToken), html.replace(OWN, ownToken), headers);
    }

    /** The HTML as a recipient would see it, with a placeholder token (for the editor's preview). */
    String preview() {
        return html.replace(OWN, "preview");
    }
}
