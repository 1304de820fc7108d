package eu.innco.exchange.contact;

import eu.innco.i18n.messages.Messages;
import eu.innco.mail.MailMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exchange's mails (messages between members, replies, abuse decisions, interest in an
 * initiative), framed in the recipient's language from the portal bundles: a greeting, a lead,
 * perhaps a quoted text (a member's words, kept as they wrote them), links, a closing line.
 */
public final class ExchangeMail {
    private final Messages messages;

    public ExchangeMail(Messages messages) {
        this.messages = messages;
    }

    /** A text of the portal bundles in {@code locale}. */
    public String t(String key, String locale, Map<String, ?> args) {
        return messages.format(key, locale, args);
    }

    /**
     * A mail whose subject and lead are {@code <prefix>.subject} and {@code <prefix>.lead} with
     * {@code args}; {@code links} maps bundle keys of link labels to addresses, in order.
     */
    public MailMessage build(String prefix, String locale, String to, String name, Map<String, ?> args, String quote,
                             Map<String, String> links) {
        String hello = messages.format("network.mail.hello", locale, "name", name);
        String lead = messages.format(prefix + ".lead", locale, args);
        String closing = messages.format("network.mail.closing", locale);
        StringBuilder text = new StringBuilder(hello).append("\n\n").append(lead).append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(esc(locale)).append("\"><body><p>")
                .append(esc(hello)).append("</p><p>").append(esc(lead)).append("</p>");
        if (!quote.isBlank()) {
            text.append(quote.lines().map(l -> "> " + l).reduce((a, b) -> a + "\n" + b).orElse("")).append("\n\n");
            html.append("<blockquote style=\"white-space:pre-wrap\">").append(esc(quote)).append("</blockquote>");
        }
        for (Map.Entry<String, String> l : links.entrySet()) {
            String label = messages.format(l.getKey(), locale);
            text.append(label).append(":\n").append(l.getValue()).append("\n\n");
            html.append("<p><a href=\"").append(esc(l.getValue())).append("\">").append(esc(label)).append("</a></p>");
        }
        text.append(closing).append("\n");
        html.append("<p>").append(esc(closing)).append("</p></body></html>");
        return MailMessage.of(to, messages.format(prefix + ".subject", locale, args), text.toString(), html.toString());
    }

    /** Links in the order given. */
    public static Map<String, String> links(String... keysAndAddresses) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndAddresses.length; i += 2) m.put(keysAndAddresses[i], keysAndAddresses[i + 1]);
        return m;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
