package eu.innco.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.config.Settings;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.RepositoryConfig;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against a real SMTP server on loopback (GreenMail) and a real segment store. */
class OutboxTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path home;

    private MailSettings settings(int port) {
        return MailSettings.from(Settings.of(Map.of("INNCO_SMTP_HOST", "127.0.0.1", "INNCO_SMTP_PORT", Integer.toString(port),
                "INNCO_SMTP_FROM", "network@inn-co.example", "INNCO_SMTP_STARTTLS", "false", "INNCO_MAIL_RETRY_MILLIS", "1")));
    }

    @Test
    void a_message_goes_out_as_text_and_html_with_its_extra_headers_and_leaves_the_outbox() throws Exception {
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.memory());
             Outbox outbox = new Outbox(repo, settings(smtp.getSmtp().getPort()), Clock.systemUTC())) {
            outbox.enqueue(new MailMessage("anna@example.org", "Potwierdź adres · Zażółć", "Tekst", "<p>HTML</p>",
                    Map.of("List-Unsubscribe", "<https://inn-co.example/u/1>", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));
            // enqueue wakes the background sender, which may take the message first: either way it goes
            // out once, and when this round returns (rounds never overlap) it has left the outbox
            outbox.sendDue();
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
            assertEquals(1, smtp.getReceivedMessages().length, "sent once");
            MimeMessage m = smtp.getReceivedMessages()[0];
            assertEquals("Potwierdź adres · Zażółć", m.getSubject());
            assertEquals("<https://inn-co.example/u/1>", m.getHeader("List-Unsubscribe")[0]);
            assertEquals("List-Unsubscribe=One-Click", m.getHeader("List-Unsubscribe-Post")[0]);
            assertTrue(m.getHeader("Message-ID")[0].endsWith("@inn-co.example>"));
            MimeMultipart parts = (MimeMultipart) m.getContent();
            assertTrue(parts.getContentType().startsWith("multipart/alternative"));
            assertEquals("Tekst", parts.getBodyPart(0).getContent().toString().trim());
            assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/html"));
            assertEquals(0, outbox.waiting());
        }
    }

    @Test
    void a_message_stored_before_a_stop_is_sent_after_the_restart() throws Exception {
        int port = smtp.getSmtp().getPort();
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.segment(home));
             Outbox noSmtp = new Outbox(repo, MailSettings.from(Settings.of(Map.of())), Clock.systemUTC())) {
            noSmtp.enqueue(MailMessage.of("bea@example.org", "Hello", "Text", null));
            assertEquals(0, noSmtp.sendDue(), "nothing can be sent without SMTP");
        }
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.segment(home));
             Outbox outbox = new Outbox(repo, settings(port), Clock.systemUTC())) {
            assertEquals(1, outbox.waiting());
            outbox.start();
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
            assertEquals("bea@example.org", smtp.getReceivedMessages()[0].getAllRecipients()[0].toString());
        }
    }

    @Test
    void a_refused_message_stays_and_is_retried_until_the_server_takes_it() throws Exception {
        int port = smtp.getSmtp().getPort();
        try (ContentRepository repo = ContentRepository.start(RepositoryConfig.memory());
             Outbox down = new Outbox(repo, settings(closedPort()), Clock.systemUTC())) {
            down.enqueue(MailMessage.of("cleo@example.org", "Hello", "Text", "<p>x</p>"));
            assertEquals(0, down.sendDue());
            assertEquals(1, down.waiting(), "a failed message is kept for the next try");
            try (Outbox up = new Outbox(repo, settings(port), Clock.systemUTC())) {
                down.close();
                Thread.sleep(20);
                assertEquals(1, up.sendDue());
                assertEquals(0, up.waiting());
            }
        }
    }

    @Test
    void the_password_is_masked_and_messages_never_print_addresses() {
        MailSettings s = MailSettings.from(Settings.of(Map.of("INNCO_SMTP_HOST", "smtp.example", "INNCO_SMTP_PASSWORD", "s3cret!")));
        assertFalse(s.toString().contains("s3cret!"));
        assertEquals("******", s.describe().get("INNCO_SMTP_PASSWORD"));
        assertFalse(MailMessage.of("dora@example.org", "S", "T", null).toString().contains("dora"));
        String unset = MailSettings.from(Settings.of(Map.of())).describe().get("INNCO_SMTP_HOST");
        assertTrue(unset.startsWith("(unset: mail waits in the outbox"), "start-up says that SMTP is not configured: " + unset);
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("e@example.org", "S", "T", null,
                Map.of("X-Injected", "a\r\nBcc: someone@example.org")), "a header value cannot add headers");
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
