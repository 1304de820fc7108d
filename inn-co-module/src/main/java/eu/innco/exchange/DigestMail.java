package eu.innco.exchange;

import eu.innco.i18n.messages.Messages;
import eu.innco.mail.MailMessage;
import eu.innco.network.Member;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The digest's mail in the subscriber's language: per item of the organisation, the new matches
 * with their reasons and addresses; then how to manage the choice and how to stop. Carries
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058),
 * so that a mail program can unsubscribe with one POST and no page.
 */
final class DigestMail {
    private final Messages messages;
    private final ReasonWords words;
    private final Supplier<String> base;

    DigestMail(Messages messages, ReasonWords words, Supplier<String> base) {
        this.messages = messages;
        this.words = words;
        this.base = base;
    }

    MailMessage build(Member to, String locale, Map<Entry, List<Match>> byItem, String token) {
        String root = base.get() + "/" + locale;
        String unsubscribe = root + "/exchange/digest/unsubscribe?t=" + token;
        int count = byItem.values().stream().mapToInt(List::size).sum();
        String subject = messages.format("exchange.digest.subject", locale, "count", count);
        String hello = messages.format("network.mail.hello", locale, "name", to.name());
        String lead = messages.format("exchange.digest.lead", locale, "count", count);
        StringBuilder text = new StringBuilder(hello).append("\n\n").append(lead).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(esc(locale)).append("\"><body><p>")
                .append(esc(hello)).append("</p><p>").append(esc(lead)).append("</p>");
        for (Map.Entry<Entry, List<Match>> e : byItem.entrySet()) {
            Entry own = e.getKey();
            String heading = messages.format("exchange.digest.for." + own.kind().type, locale, "title", own.title(locale));
            text.append(heading).append("\n");
            html.append("<h2>").append(esc(heading)).append("</h2><ul>");
            for (Match m : e.getValue()) {
                Entry other = m.entry();
                String title = other.title(locale);
                String link = root + "/exchange/" + other.kind().plural + "/" + other.id();
                String why = words.sentence(m.reasons(), locale);
                text.append("- ").append(title).append(" (").append(why).append(")\n  ").append(link).append("\n");
                html.append("<li><a href=\"").append(esc(link)).append("\">").append(esc(title)).append("</a> (").append(esc(why)).append(")</li>");
            }
            text.append("\n");
            html.append("</ul>");
        }
        String manage = messages.format("exchange.digest.manage", locale);
        String stop = messages.format("exchange.digest.stop", locale);
        text.append(manage).append(":\n").append(root).append("/account/exchange\n\n").append(stop).append(":\n").append(unsubscribe).append("\n");
        html.append("<p><a href=\"").append(esc(root + "/account/exchange")).append("\">").append(esc(manage)).append("</a></p><p><a href=\"")
                .append(esc(unsubscribe)).append("\">").append(esc(stop)).append("</a></p></body></html>");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return new MailMessage(to.email(), subject, text.toString(), html.toString(), headers);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
