package eu.innco.mail;

import eu.innco.publishing.Lease;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way mail leaves the platform. {@link #enqueue} stores a message in the repository and
 * returns; a background sender (on one server of a cluster at a time, holding a lease) sends due
 * messages, removes each once the SMTP server accepted it, and retries failures with doubling
 * delays (capped at an hour) for {@value #MAX_ATTEMPTS} attempts. A crash between the SMTP
 * server's acceptance and the removal sends that message again, with the same Message-ID.
 */
public final class Outbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    static final int MAX_ATTEMPTS = 20;
    private static final Duration MAX_DELAY = Duration.ofHours(1);
    private static final Duration POLL = Duration.ofSeconds(5);

    private final OutboxStore store;
    private final MailSettings settings;
    private final Mailer mailer;
    private final Clock clock;
    private final Lease lease;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "innco-mail");
        t.setDaemon(true);
        return t;
    });

    public Outbox(ContentRepository repository, MailSettings settings, Clock clock) {
        this.store = new OutboxStore(repository);
        this.settings = settings;
        this.mailer = new Mailer(settings);
        this.clock = clock;
        this.lease = new Lease(repository, "mail-outbox", UUID.randomUUID().toString(), POLL.multipliedBy(6), clock);
    }

    public MailSettings settings() {
        return settings;
    }

    /** True when this server can send (SMTP configured); otherwise messages wait for one that can. */
    public boolean sends() {
        return settings.configured();
    }

    /** Stores the message durably and wakes the sender; returns the message's id. */
    public String enqueue(MailMessage m) {
        String id = UUID.randomUUID().toString();
        store.add(id, m, clock.instant());
        if (sends()) sender.execute(this::sendDueQuietly);
        return id;
    }

    /** Starts the background sender when SMTP is configured; says so in the log when it is not. */
    public void start() {
        if (!sends()) {
            LOG.warn("SMTP is not configured (INNCO_SMTP_HOST): mail waits in the outbox and join applications stay unverified");
            return;
        }
        sender.scheduleWithFixedDelay(this::sendDueQuietly, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round: sends every due message, when this server holds the lease. Returns how many were sent. */
    public synchronized int sendDue() {
        if (!sends() || !lease.acquire()) return 0;
        int sent = 0;
        List<OutboxStore.Stored> due = store.due(clock.instant(), 100);
        for (OutboxStore.Stored m : due) {
            try {
                mailer.send(m.id(), m.message(), clock.instant());
                store.sent(m.id());
                sent++;
            } catch (Exception e) {
                failed(m, e);
            }
        }
        return sent;
    }

    /** The messages still waiting (or given up on), for operators and tests. */
    public int waiting() {
        return store.all().size();
    }

    private void failed(OutboxStore.Stored m, Exception e) {
        int attempts = m.attempts() + 1;
        boolean giveUp = attempts >= MAX_ATTEMPTS;
        long delay = Math.min(MAX_DELAY.toMillis(), settings.retryDelay().toMillis() << Math.min(attempts - 1, 20));
        Instant next = clock.instant().plusMillis(delay);
        // the exception's class only: SMTP error texts often quote the recipient's address
        String note = e.getClass().getSimpleName();
        store.failed(m.id(), attempts, next, giveUp, note);
        if (giveUp) LOG.warn("mail {} given up after {} attempts ({})", m.id(), attempts, note);
        else LOG.info("mail {} not sent ({}), attempt {}; next try in {} ms", m.id(), note, attempts, delay);
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("mail outbox round failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (sends()) {
            try {
                lease.release();
            } catch (RuntimeException e) {
                LOG.debug("mail lease not released: {}", e.toString());
            }
        }
    }
}
