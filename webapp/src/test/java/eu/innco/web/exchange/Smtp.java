package eu.innco.web.exchange;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;

/** What the test's SMTP server received, per recipient. */
final class Smtp {
    private Smtp() {}

    /** A test server that mails through the test's SMTP server on loopback, with more settings in name and value pairs. */
    static eu.innco.web.InncoServer server(GreenMailExtension smtp, String... settings) throws Exception {
        java.util.Map<String, String> all = new java.util.HashMap<>(java.util.Map.of("INNCO_SMTP_HOST", "127.0.0.1",
                "INNCO_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()), "INNCO_SMTP_STARTTLS", "false"));
        for (int i = 0; i + 1 < settings.length; i += 2) all.put(settings[i], settings[i + 1]);
        return eu.innco.web.TestServer.start(all);
    }

    /** Waits for the n-th mail (1-based) to an address. */
    static MimeMessage nthTo(GreenMailExtension smtp, String address, int n) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            List<MimeMessage> mine = to(smtp, address);
            if (mine.size() >= n) return mine.get(n - 1);
            Thread.sleep(100);
        }
        throw new AssertionError("no mail number " + n + " to " + address);
    }

    /** Waits for a mail to an address whose subject contains {@code words}; returns its whole text. */
    static String withSubject(GreenMailExtension smtp, String address, String words) throws Exception {
        return all(message(smtp, address, words));
    }

    /** Waits for a mail to an address whose subject contains {@code words}. */
    static MimeMessage message(GreenMailExtension smtp, String address, String words) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : to(smtp, address)) if (m.getSubject().contains(words)) return m;
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address + " about " + words);
    }

    static List<MimeMessage> to(GreenMailExtension smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The plain-text part and the HTML part together, as one text to search. */
    static String all(MimeMessage m) throws Exception {
        MimeMultipart parts = (MimeMultipart) m.getContent();
        StringBuilder b = new StringBuilder(m.getSubject()).append('\n');
        for (int i = 0; i < parts.getCount(); i++) b.append(parts.getBodyPart(i).getContent()).append('\n');
        for (var h : java.util.Collections.list(m.getAllHeaders())) b.append(h.getName()).append(": ").append(h.getValue()).append('\n');
        return b.toString();
    }

    static String text(MimeMessage m) throws Exception {
        return ((MimeMultipart) m.getContent()).getBodyPart(0).getContent().toString();
    }

    /** The first link to {@code path} in the plain-text part. */
    static String link(MimeMessage m, String path) throws Exception {
        var x = java.util.regex.Pattern.compile("https?://\\S*" + java.util.regex.Pattern.quote(path) + "\\S*").matcher(text(m));
        if (!x.find()) throw new AssertionError("no link to " + path + " in: " + text(m));
        return x.group();
    }
}
