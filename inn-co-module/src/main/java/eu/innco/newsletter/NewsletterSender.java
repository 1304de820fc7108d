package eu.innco.newsletter;

import eu.innco.mail.Mailer;
import eu.innco.newsletter.Deliveries.Outcome;
import eu.innco.newsletter.Deliveries.Recipient;
import eu.innco.publishing.Lease;
import eu.innco.repository.ContentRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued issues on one server of a cluster at a time (a lease, renewed before each batch):
 * claims a batch durably, sends it over one SMTP connection at the set rate, and records every
 * outcome in one commit. On a stop it finishes the message in hand, records what was sent and
 * puts the rest back; a crash leaves at most one batch claimed, which the next sender marks
 * {@code uncertain} rather than sending it again (see docs/decisions.md).
 */
final class NewsletterSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsletterSender.class);
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final Duration SWEEP = Duration.ofHours(1);

    private final ContentRepository repository;
    private final Issues issues;
    private final Subscriptions subscriptions;
    private final Mailer mailer;
    private final boolean configured;
    private final NewsletterSettings settings;
    private final Clock clock;
    private final String owner = UUID.randomUUID().toString();
    private final Lease lease;
    private final RateGate gate;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "innco-newsletter");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;
    private Instant lastSweep = Instant.EPOCH;

    NewsletterSender(ContentRepository repository, Issues issues, Subscriptions subscriptions, Mailer mailer, boolean configured,
                     NewsletterSettings settings, Clock clock) {
        this.repository = repository;
        this.issues = issues;
        this.subscriptions = subscriptions;
        this.mailer = mailer;
        this.configured = configured;
        this.settings = settings;
        this.clock = clock;
        this.gate = new RateGate(settings.ratePerSecond());
        // renewed before each batch, so long enough for a batch at the set rate three times over; short
        // enough that a server started after a crash of the sending one takes over soon
        long batchMillis = settings.ratePerSecond() == 0 ? 0 : (long) (settings.batch() * 1000 / settings.ratePerSecond());
        this.lease = new Lease(repository, "newsletter-sender", owner, Duration.ofMillis(Math.max(20_000, 3 * batchMillis)), clock);
    }

    /** Starts the rounds; without SMTP they only erase expired sign-ups (issues wait for a server that can send). */
    void start() {
        thread.scheduleWithFixedDelay(this::roundQuietly, 1000, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts a round now (after an issue was queued), rather than at the next poll. */
    void wake() {
        if (!configured || stopping) return;
        try {
            thread.execute(this::roundQuietly);
        } catch (RejectedExecutionException e) {
            LOG.debug("newsletter sender already stopped");
        }
    }

    /** One round: every queued or sending issue, while this server holds the lease. */
    synchronized void round() {
        if (lastSweep.plus(SWEEP).isBefore(clock.instant())) {
            lastSweep = clock.instant();
            int n = subscriptions.sweep();
            if (n > 0) LOG.info("newsletter: {} unconfirmed sign-ups erased", n);
        }
        if (stopping || !configured || !lease.acquire()) return;
        for (Issue issue : issues.all()) {
            if (stopping) return;
            if (issue.state().equals("queued") || issue.state().equals("sending")) run(issue);
        }
    }

    private void run(Issue issue) {
        if (issue.state().equals("queued")) {
            long total = Deliveries.snapshot(repository, issue.id(), issue.topic());
            LOG.info("newsletter {}: sending to {} subscribers", issue.id(), total);
        }
        int stale = Deliveries.settleStale(repository, issue.id(), owner, clock.instant());
        if (stale > 0) LOG.warn("newsletter {}: {} recipients left claimed by a stopped sender are marked uncertain", issue.id(), stale);
        Map<String, IssueMail> mails = new HashMap<>();
        while (!stopping && lease.acquire()) {
            List<Recipient> batch = Deliveries.claim(repository, issue.id(), settings.batch(), owner, clock.instant());
            if (batch.isEmpty()) break;
            Deliveries.finish(repository, issue.id(), send(issue, batch, mails), clock.instant());
        }
        if (!stopping && issues.finishIfDone(issue.id())) LOG.info("newsletter {}: sent", issue.id());
    }

    /** Sends a claimed batch over one connection; every recipient of it comes back with an outcome. */
    private List<Outcome> send(Issue issue, List<Recipient> batch, Map<String, IssueMail> mails) {
        List<Outcome> out = new ArrayList<>();
        Transport t;
        try {
            t = mailer.connect();
        } catch (MessagingException e) {
            LOG.warn("newsletter {}: SMTP server not reached ({}); trying again later", issue.id(), e.getClass().getSimpleName());
            for (Recipient r : batch) out.add(new Outcome(r, "deferred", ""));
            return out;
        }
        try {
            for (int i = 0; i < batch.size(); i++) {
                Recipient r = batch.get(i);
                if (stopping || !gate.pass() || stopping) {
                    for (Recipient rest : batch.subList(i, batch.size())) out.add(new Outcome(rest, "released", ""));
                    break;
                }
                IssueMail m = mails.computeIfAbsent(r.locale(), l -> issues.mail(issue, l).orElse(null));
                if (m == null) {
                    out.add(new Outcome(r, "skipped", "no-text"));
                    continue;
                }
                try {
                    MimeMessage mime = mailer.mime(issue.id() + "." + r.id(), m.to(r.email(), subscriptions.ownToken(r.id()), issues.ownBase(r.locale())),
                            clock.instant());
                    t.sendMessage(mime, mime.getAllRecipients());
                    out.add(new Outcome(r, "sent", ""));
                } catch (AddressException | IllegalArgumentException e) {
                    // refused before any SMTP exchange: the stored address is not one mail can go to
                    out.add(new Outcome(r, "refused", "address"));
                } catch (SendFailedException e) {
                    int code = SmtpCodes.of(e);
                    out.add(new Outcome(r, code >= 400 && code < 500 ? "deferred" : "refused", code > 0 ? Integer.toString(code) : "refused"));
                } catch (MessagingException e) {
                    // the connection broke with this message in flight: the server may have taken it, so it is not sent again
                    LOG.warn("newsletter {}: SMTP connection lost ({})", issue.id(), e.getClass().getSimpleName());
                    out.add(new Outcome(r, "uncertain", ""));
                    for (Recipient rest : batch.subList(i + 1, batch.size())) out.add(new Outcome(rest, "deferred", ""));
                    break;
                }
            }
        } finally {
            try {
                t.close();
            } catch (MessagingException e) {
                LOG.debug("SMTP close: {}", e.getClass().getSimpleName());
            }
        }
        return out;
    }

    private void roundQuietly() {
        try {
            round();
        } catch (RuntimeException e) {
            LOG.warn("newsletter round failed: {}", e.toString().replaceAll("\\S+@\\S+", "<address>"));
        }
    }

    @Override
    public void close() {
        stopping = true;
        thread.shutdown();
        try {
            // the message in hand is finished and the batch recorded: a stop leaves nothing uncertain
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) thread.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (configured) {
            try {
                lease.release();
            } catch (RuntimeException e) {
                LOG.debug("newsletter lease not released: {}", e.toString());
            }
        }
    }
}
