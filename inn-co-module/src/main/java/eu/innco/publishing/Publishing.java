package eu.innco.publishing;

import eu.innco.content.ContentService;
import eu.innco.publishing.webhook.WebhookDefinition;
import eu.innco.publishing.webhook.WebhookDispatcher;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import java.time.Clock;
import java.util.List;

/**
 * The publishing feature's parts, built together. Building them changes nothing elsewhere: what
 * publishing adds to content writes ({@link PublishingHooks}) and to refusals ({@link RefusalAudit})
 * is registered by the one builder of the module's objects, {@code eu.innco.wiring.ModuleGraph}.
 */
public final class Publishing implements AutoCloseable {
    public final AuditLog audit;
    public final PublicationEvents events = new PublicationEvents();
    public final PublicationService publication;
    public final VersionService versions;
    public final SchedulingService scheduling;
    public final ReleaseService releases;
    public final Scheduler scheduler;
    public final WebhookDispatcher webhooks;
    public final PublicReader reader;
    private final PublishingConfig config;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    public Publishing(ContentRepository repository, ContentService content, AccessPolicy policy, Clock clock,
                      PublishingConfig config, List<WebhookDefinition> webhookDefinitions) {
        this.config = config;
        repository.write(s -> { Referrers.installIndex(s); return null; });
        this.audit = new AuditLog(repository, clock);
        this.publication = new PublicationService(repository, content.types(), content.locales(), content.nodes(), policy, audit,
                events, clock);
        this.versions = new VersionService(repository, content, publication, policy, clock);
        this.scheduling = new SchedulingService(repository, content, policy, audit, clock);
        this.releases = new ReleaseService(repository, publication, policy, clock);
        this.scheduler = new Scheduler(repository, scheduling, publication, releases, clock, config.schedulerInterval());
        this.webhooks = new WebhookDispatcher(webhookDefinitions, repository, clock, config.webhookRetryBase());
        events.subscribe(webhooks);
        this.reader = new LiveReader(repository, content.types(), content.locales(), content.nodes());
    }

    /** Records a failed sign-in (a wrong password or token); the user name is the one that was tried. */
    public void loginFailed(String attemptedUser, String how) {
        String who = attemptedUser == null || attemptedUser.isBlank() ? "(unknown)"
                : attemptedUser.length() > 64 ? attemptedUser.substring(0, 64) : attemptedUser;
        audit.recordNow(AuditEntry.of(who, "login-failure",
                "", "", "", List.of(), null, how));
    }

    /** Starts running schedules (when this server may) and takes up webhook deliveries a stop interrupted. */
    public void start() {
        int interrupted = releases.recoverInterrupted();
        if (interrupted > 0) org.slf4j.LoggerFactory.getLogger(Publishing.class)
                .warn("{} release(s) interrupted by the last stop were marked failed; nothing of them was published", interrupted);
        webhooks.resume();
        if (config.schedulerEnabled()) scheduler.start();
    }

    @Override
    public void close() {
        // the server stops it before its own listeners, and the module's graph again at its end: once is enough
        if (!closed.compareAndSet(false, true)) return;
        scheduler.close();
        webhooks.close();
    }
}
