package eu.innco.web.network;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the test's SMTP server received: the plain-text part, and the first link in it. */
public final class Mails {
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mails() {}

    /** Waits for the n-th message (1-based) and returns it. */
    public static MimeMessage nth(GreenMailExtension smtp, int n) {
        if (!smtp.waitForIncomingEmail(15_000, n)) throw new AssertionError("no mail number " + n + " within 15 s");
        return smtp.getReceivedMessages()[n - 1];
    }

    /** Waits for a message to this address (mails of earlier tests may still arrive). */
    public static MimeMessage to(GreenMailExtension smtp, String address) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : smtp.getReceivedMessages()) if (isTo(m, address)) return m;
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to " + address + " within 15 s");
    }

    public static boolean isTo(MimeMessage m, String address) {
        try {
            return m.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    public static String text(MimeMessage m) throws Exception {
        return ((MimeMultipart) m.getContent()).getBodyPart(0).getContent().toString();
    }

    public static String link(MimeMessage m) throws Exception {
        Matcher x = LINK.matcher(text(m));
        if (!x.find()) throw new AssertionError("no link in: " + text(m));
        return x.group();
    }
}
