package eu.innco.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

/**
 * Sends one message over SMTP with Jakarta Mail (Eclipse Angus): multipart/alternative with the
 * plain text first and the HTML second, so that a reader without HTML shows the text.
 */
public final class Mailer {
    private static final String TIMEOUT_MILLIS = "15000";
    private final MailSettings settings;
    private final Session session;

    public Mailer(MailSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host().orElse("localhost"));
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        // required, not merely enabled: a server that does not offer STARTTLS must not get the password in clear
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        this.session = Session.getInstance(p);
    }

    /**
     * Sends {@code m}; {@code id} becomes its Message-ID, so that a message sent again after a
     * crash is recognisably the same one.
     */
    public void send(String id, MailMessage m, Instant at) throws MessagingException {
        MimeMessage mime = mime(id, m, at);
        if (settings.user().isPresent()) {
            Transport.send(mime, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(mime);
        }
    }

    /** The MIME message {@link #send} would send, for a caller that sends many over one connection. */
    public MimeMessage mime(String id, MailMessage m, Instant at) throws MessagingException {
        MimeMessage mime = new FixedIdMessage(session, "<" + id + "@" + domain(settings.from()) + ">");
        mime.setFrom(new InternetAddress(settings.from(), true));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(m.to(), true));
        mime.setSubject(m.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(at));
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.text(), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        if (m.html() != null && !m.html().isBlank()) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(m.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        mime.setContent(alternative);
        for (Map.Entry<String, String> h : m.headers().entrySet()) mime.setHeader(h.getKey(), h.getValue());
        mime.saveChanges();
        return mime;
    }

    /** An open connection to the SMTP server (signed in when a user is set); close it when done. */
    public Transport connect() throws MessagingException {
        Transport t = session.getTransport("smtp");
        if (settings.user().isPresent()) t.connect(settings.user().get(), settings.password().orElse(""));
        else t.connect();
        return t;
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    }

    /** A message whose Message-ID is ours, not one Jakarta Mail makes up at each save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
