package eu.innco.web.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.innco.newsletter.Issue;
import eu.innco.web.ChildServer;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 in the middle of a sending, then a restart: no one gets the issue twice; the recipients
 * whose batch was in the SMTP server's hands are marked uncertain (at most one batch), and everyone
 * else gets it exactly once.
 */
class NewsletterCrashTest {
    static final int SUBSCRIBERS = 1000;
    static final int BATCH = 40;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Test
    void a_server_killed_while_sending_resumes_without_sending_anyone_the_issue_twice() throws Exception {
        ChildSending s = ChildSending.queued(SUBSCRIBERS);
        try {
            try (ChildServer first = s.start(smtp, "150", Integer.toString(BATCH))) {
                while (smtp.getReceivedMessages().length < 300) Thread.sleep(5);
                first.kill();
            }
            int beforeKill = smtp.getReceivedMessages().length;
            assertTrue(beforeKill < SUBSCRIBERS, "killed in the middle: " + beforeKill);
            try (ChildServer second = s.start(smtp, "0", Integer.toString(BATCH))) {
                // the killed server's lease runs out first (20 s at least)
                for (int i = 0; i < 600 && smtp.getReceivedMessages().length == beforeKill; i++) Thread.sleep(100);
                int last = -1;
                while (smtp.getReceivedMessages().length != last) {
                    last = smtp.getReceivedMessages().length;
                    Thread.sleep(3000);
                }
            }
            Issue issue = s.read();
            Map<String, Integer> received = new HashMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) received.merge(m.getAllRecipients()[0].toString(), 1, Integer::sum);
            assertEquals("done", issue.state(), issue.counts().toString());
            assertTrue(received.values().stream().allMatch(n -> n == 1), "no one twice");
            Issue.Counts c = issue.counts();
            assertEquals(SUBSCRIBERS, c.sent() + c.uncertain(), c.toString());
            assertTrue(c.uncertain() <= BATCH, "at most the batch in flight is uncertain: " + c);
            assertTrue(received.size() >= c.sent() && received.size() <= c.sent() + c.uncertain(), received.size() + " received, " + c);
        } finally {
            Subscribers.delete(s.home);
        }
    }
}
