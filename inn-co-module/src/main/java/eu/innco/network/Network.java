package eu.innco.network;

import eu.innco.assets.AssetService;
import eu.innco.content.ContentService;
import eu.innco.i18n.messages.Messages;
import eu.innco.mail.Outbox;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.Publishing;
import eu.innco.repository.ContentRepository;
import eu.innco.security.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network's parts, built once: joining, moderation, member accounts and profiles, and the hourly
 * sweep that removes applications past their time (see {@link Lifetimes}).
 */
public final class Network implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Network.class);
    public final ApplicationValidator validator;
    public final Joining joining;
    public final Moderation moderation;
    public final MemberAccounts accounts;
    public final MemberProfiles profiles;
    private final ApplicationStore store;
    private final ContentRepository repository;
    private final Publishing publishing;
    private final Clock clock;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "innco-network-sweep");
        t.setDaemon(true);
        return t;
    });

    public Network(ContentRepository repository, ContentService content, AssetService assets, Publishing publishing, UserStore users,
                   Messages messages, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.publishing = publishing;
        this.clock = clock;
        this.validator = new ApplicationValidator(content.types());
        this.store = new ApplicationStore(repository);
        NetworkMails mails = new NetworkMails(messages);
        Duplicates duplicates = new Duplicates(repository, content.types().require("organisation").rootPath());
        this.joining = new Joining(repository, store, duplicates, mails, outbox, publishing.audit, clock);
        MemberStore members = new MemberStore(repository);
        this.accounts = new MemberAccounts(repository, content, assets, publishing.publication, users, members, mails, outbox,
                publishing.audit, clock);
        this.moderation = new Moderation(repository, store, accounts, mails, outbox, publishing.audit, clock);
        this.profiles = new MemberProfiles(repository, content, assets, publishing.publication, users, members, mails, outbox,
                publishing.audit, clock);
    }

    /** Starts the hourly sweep of expired applications. */
    public void start() {
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, 1, 60, TimeUnit.MINUTES);
    }

    /** Removes applications past their expiry, with their personal data; returns how many. */
    public int sweep() {
        Instant now = clock.instant();
        int removed = 0;
        for (Application a : store.all()) {
            if (a.expires().isAfter(now)) continue;
            repository.write(s -> {
                store.node(s, a.id()).ifPresent(n -> {
                    try {
                        n.remove();
                    } catch (javax.jcr.RepositoryException e) {
                        throw new IllegalStateException(e);
                    }
                });
                publishing.audit.record(s, AuditEntry.of("system", "network.expire", "application", a.id(), "", List.of(a.locale()), null,
                        a.state().label()));
                return null;
            });
            removed++;
        }
        return removed;
    }

    private void sweepQuietly() {
        try {
            int n = sweep();
            if (n > 0) LOG.info("network: {} expired application(s) removed", n);
        } catch (RuntimeException e) {
            LOG.warn("network sweep failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
