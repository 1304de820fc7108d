package eu.innco.publishing;

import eu.innco.InncoException;
import eu.innco.repository.ContentRepository;
import eu.innco.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due schedules every interval (default 10 s, so within 30 s of their time). A schedule missed
 * while the server was down is due at the next start. With several servers on one store, the
 * holder of the "scheduler" lease runs them, so none runs twice.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final ContentRepository repository;
    private final SchedulingService scheduling;
    private final PublicationService publication;
    private final ReleaseService releases;
    private final Clock clock;
    private final Duration interval;
    private final Lease lease;
    private ScheduledExecutorService executor;

    public Scheduler(ContentRepository repository, SchedulingService scheduling, PublicationService publication,
                     ReleaseService releases, Clock clock, Duration interval) {
        this.repository = repository;
        this.scheduling = scheduling;
        this.publication = publication;
        this.releases = releases;
        this.clock = clock;
        this.interval = interval;
        this.lease = new Lease(repository, "scheduler", UUID.randomUUID().toString(), interval.multipliedBy(3), clock);
    }

    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "innco-scheduler");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::runSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warn("scheduler round failed: {}", e.toString());
        }
    }

    /** Runs every pending schedule whose time has come, when this server holds the lease; returns how many ran. */
    public int runDue() {
        if (!lease.acquire()) return 0;
        Instant now = clock.instant();
        List<Schedule> due = repository.read(s -> scheduling.store().all(s)).stream()
                .filter(Schedule::isPending).filter(sc -> !sc.at().isAfter(now)).toList();
        int ran = 0;
        for (Schedule sc : due) {
            if (!claim(sc)) continue;
            run(sc);
            ran++;
        }
        return ran;
    }

    private boolean claim(Schedule sc) {
        Instant now = clock.instant();
        return repository.write(s -> {
            var n = scheduling.store().node(s, sc.id());
            return n.isPresent() && scheduling.store().claim(n.get(), lease.owner(), now);
        });
    }

    private void run(Schedule sc) {
        // run as the author is now: a disabled user, or one who lost the right, publishes nothing
        ScheduleAuthors.Verdict verdict = scheduling.authors().judge(sc);
        if (!verdict.allowed()) {
            if (scheduling.cancelForAuthor(sc, verdict.refusal(), Actor.SYSTEM.username())) {
                LOG.warn("schedule {} ({} {}) {}", sc.id(), sc.action(), sc.itemId().isEmpty() ? sc.releaseId() : sc.itemId(), verdict.refusal());
            }
            return;
        }
        Actor onBehalf = verdict.actor();
        try {
            // a publication, unpublication or release marks its schedule done in its own commit: neither a reader nor a
            // crash can find the item changed and the schedule still pending (which would run it again)
            String result = switch (sc.action()) {
                case "publish" -> published(publication.publish(onBehalf, new PublishTarget(sc.type(), sc.itemId(), sc.locales(),
                        sc.snapshot() ? ScheduleStore.snapshotPath(sc.id()) : null),
                        "scheduled", false, (s, published) -> finish(s, sc, "done", published(published, sc))), sc);
                case "unpublish" -> "unpublished " + publication.unpublish(onBehalf, sc.type(), sc.itemId(), sc.locales(), false,
                        (s, withdrawn) -> finish(s, sc, "done", "unpublished " + withdrawn.get(0).locales())).locales();
                case "release" -> {
                    String done = released(releases.get(sc.releaseId()));
                    releases.publish(onBehalf, sc.releaseId(), (s, published) -> finish(s, sc, "done", done));
                    yield done;
                }
                default -> throw new IllegalStateException("unknown action " + sc.action());
            };
            log(sc, "done", result);
        } catch (InncoException e) {
            String result = finish(sc, "failed", e.detail() + (e.errors().isEmpty() ? "" : " " + e.errors()));
            log(sc, "failed", result);
        }
    }

    /** What a done publication says, and that it published the content as scheduled when it kept a snapshot. */
    private static String published(List<PublishedItemState> published, Schedule sc) {
        return "published " + published.get(0).locales() + (sc.snapshot() ? " as scheduled; later changes to the working copy stay a draft" : "");
    }

    /** What a done release says, and that it published its items as scheduled when it saved them. */
    private static String released(Release r) {
        return "release published" + (ReleaseSnapshots.saved(r)
                ? " as scheduled; later changes to the working copies of its items" + (r.includeReferences() ? " and of the items it pulls in" : "")
                + " stay drafts" : "");
    }

    private String finish(Schedule sc, String state, String result) {
        repository.write(s -> {
            finish(s, sc, state, result);
            return null;
        });
        return result;
    }

    private void finish(Session s, Schedule sc, String state, String result) throws RepositoryException {
        var n = scheduling.store().node(s, sc.id());
        if (n.isPresent()) scheduling.store().finish(n.get(), state, result, clock.instant());
    }

    private static void log(Schedule sc, String state, String result) {
        LOG.info("schedule {} ({} {}) {}: {}", sc.id(), sc.action(), sc.itemId().isEmpty() ? sc.releaseId() : sc.itemId(), state, result);
    }

    @Override
    public void close() {
        try {
            if (executor != null) {
                executor.shutdownNow();
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
            lease.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("lease not released: {}", e.toString());
        }
    }
}
