package eu.innco.newsletter;

import eu.innco.i18n.messages.Messages;
import eu.innco.mail.MailMessage;
import eu.innco.network.NetworkMails;

/** The sign-up's mails in the subscriber's language (bundles' {@code newsletter.mail.*}): the confirmation link, or their own link. */
final class NewsletterMails {
    private final Messages messages;

    NewsletterMails(Messages messages) {
        this.messages = messages;
    }

    MailMessage confirm(String to, String locale, String link) {
        return build("confirm", to, locale, link);
    }

    /** To an address that is already subscribed: nothing changed, here is your own link. */
    MailMessage already(String to, String locale, String link) {
        return build("already", to, locale, link);
    }

    private MailMessage build(String kind, String to, String locale, String link) {
        String p = "newsletter.mail." + kind + ".";
        String subject = messages.format(p + "subject", locale);
        String lead = messages.format(p + "lead", locale, "hours", Subscriptions.CONFIRM_LINK.toHours());
        String action = messages.format(p + "action", locale);
        String ignore = messages.format("newsletter.mail.ignore", locale);
        String text = lead + "\n\n" + action + ":\n" + link + "\n\n" + ignore + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + NetworkMails.esc(locale) + "\"><head><meta charset=\"utf-8\"><title>" + NetworkMails.esc(subject)
                + "</title></head><body><p>" + NetworkMails.esc(lead) + "</p><p><a href=\"" + NetworkMails.esc(link) + "\">" + NetworkMails.esc(action)
                + "</a></p><p>" + NetworkMails.esc(ignore) + "</p></body></html>";
        return MailMessage.of(to, subject, text, html);
    }
}
