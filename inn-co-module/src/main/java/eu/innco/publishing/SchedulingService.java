package eu.innco.publishing;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.content.ContentService;
import eu.innco.content.ItemNodes;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;

/** Scheduling publications of items: create, list, cancel. The {@link Scheduler} runs them. */
public final class SchedulingService {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ItemNodes nodes;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;
    private final ScheduleStore store = new ScheduleStore();
    private final ReleaseStore releases = new ReleaseStore();
    private final ReleaseSnapshots releaseSnapshots;
    private final ScheduleAuthors authors;

    public SchedulingService(ContentRepository repository, ContentService content, AccessPolicy policy, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.types = content.types();
        this.locales = content.locales();
        this.nodes = content.nodes();
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
        this.authors = new ScheduleAuthors(repository, types, nodes, policy);
        this.releaseSnapshots = new ReleaseSnapshots(types, locales, nodes);
    }

    public Schedule schedule(Actor actor, String typeName, String id, String action, Instant at, List<String> ls) {
        ContentTypeDefinition type = types.require(typeName);
        List<FieldError> errors = new ArrayList<>();
        if (!"publish".equals(action) && !"unpublish".equals(action)) errors.add(FieldError.keyed("action", "scheduleAction", "must be publish or unpublish"));
        if (at == null) errors.add(FieldError.keyed("at", "scheduleAt", "is required: an ISO-8601 date-time such as 2026-12-01T08:00:00Z"));
        for (String l : ls) if (!locales.contains(l)) errors.add(FieldError.keyed("locales", "notSiteLocale", "'" + l + "' is not a site locale", l));
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.SCHEDULE_001, "Invalid schedule", errors);
        Instant now = clock.instant();
        return repository.write(s -> {
            Node item = nodes.find(s, type, id);
            policy.check(actor, Action.SCHEDULE, ContentService.ownership(item));
            // what is scheduled is the text as it is now: saved with the schedule, it is what will be published
            eu.innco.content.ItemValues values = nodes.values().read(item, type.properties());
            ScheduleStore.SnapshotStep snapshot = !"publish".equals(action) ? null
                    : n -> nodes.values().write(n, type.properties(), values, actor.username(), now);
            Schedule sc = store.create(s, action, at, type.name(), item.getIdentifier(), ls, null, actor.username(), now, snapshot);
            audit.record(s, AuditEntry.of(actor.username(), "schedule", type.name(), item.getIdentifier(), item.getPath(), ls, null,
                    action + " at " + eu.innco.contenttype.field.Dates.format(at)));
            return sc;
        });
    }

    /** Schedules, soonest first; filtered by item id and state when given. */
    public List<Schedule> list(Actor actor, String itemId, String state) {
        policy.check(actor, Action.READ_DRAFT, eu.innco.security.Ownership.NEW);
        return repository.read(s -> {
            List<Schedule> out = new ArrayList<>();
            for (Schedule sc : store.all(s)) {
                if (itemId != null && !itemId.isBlank() && !itemId.equals(sc.itemId())) continue;
                if (state != null && !state.isBlank() && !state.equals(sc.state())) continue;
                out.add(flagged(s, sc));
            }
            return out;
        });
    }

    /** A pending schedule with its flag: whether what it will publish differs from the working copies now. */
    private Schedule flagged(javax.jcr.Session s, Schedule sc) throws javax.jcr.RepositoryException {
        if (!sc.isPending()) return sc;
        if (sc.snapshot()) return sc.withNewerDraft(newerDraft(s, sc));
        if (sc.releaseId().isEmpty()) return sc;
        var release = releases.node(s, sc.releaseId());
        if (release.isEmpty()) return sc;
        Release r = ReleaseStore.read(release.get());
        return ReleaseSnapshots.saved(r)
                ? sc.asScheduled(releaseSnapshots.newerDraft(s, r) || releaseSnapshots.newerReferenceDraft(s, release.get())) : sc;
    }

    /** Whether the working copy differs, in a scheduled locale, from the snapshot the schedule will publish. */
    private boolean newerDraft(javax.jcr.Session s, Schedule sc) throws javax.jcr.RepositoryException {
        ContentTypeDefinition type = types.get(sc.type()).orElse(null);
        Node item = type == null ? null : nodes.findOrNull(s, type, sc.itemId());
        if (item == null) return false;
        if (!s.nodeExists(ScheduleStore.snapshotPath(sc.id()))) return false;
        eu.innco.content.ItemValues scheduled = nodes.values().read(s.getNode(ScheduleStore.snapshotPath(sc.id())), type.properties());
        return releaseSnapshots.differs(type, scheduled, nodes.values().read(item, type.properties()), sc.locales());
    }

    /**
     * Cancels the pending schedules of a user who may no longer run them (disabled, removed, or
     * without the right); {@code by} is who changed the user. Returns how many were cancelled.
     */
    public int reviewAuthor(String username, String by) {
        int cancelled = 0;
        for (Schedule sc : repository.read(s -> store.all(s))) {
            if (!sc.isPending() || !sc.createdBy().equals(username)) continue;
            ScheduleAuthors.Verdict v = authors.judge(sc);
            if (!v.allowed() && cancelForAuthor(sc, v.refusal(), by)) cancelled++;
        }
        return cancelled;
    }

    /** Cancels one pending schedule for its author's sake, with an audit entry that the admins' dashboard shows. */
    boolean cancelForAuthor(Schedule sc, String reason, String by) {
        return repository.write(s -> {
            Node n = store.node(s, sc.id()).orElse(null);
            if (n == null || !ScheduleStore.read(n).isPending()) return false;
            store.cancelForAuthor(n, reason, clock.instant());
            // a scheduled release goes with its schedule: it would otherwise show as scheduled for ever
            var release = sc.releaseId().isEmpty() ? java.util.Optional.<Node>empty() : releases.node(s, sc.releaseId());
            if (release.isPresent() && "scheduled".equals(release.get().getProperty("state").getString())) {
                releases.finish(release.get(), "cancelled", reason, null);
            }
            audit.record(s, AuditEntry.of(by, "schedule-cancel", sc.type(), sc.itemId().isEmpty() ? sc.releaseId() : sc.itemId(), "",
                    sc.locales(), null, sc.action() + " by " + sc.createdBy() + " " + reason));
            return true;
        });
    }

    ScheduleAuthors authors() { return authors; }

    /**
     * Whose the scheduled item is, so that a partner publisher may cancel what it may schedule; a
     * release's schedule (or one of a deleted item) belongs to no partner: publishers and admins only.
     */
    private eu.innco.security.Ownership owner(javax.jcr.Session s, Schedule sc) throws javax.jcr.RepositoryException {
        ContentTypeDefinition type = sc.type().isEmpty() ? null : types.get(sc.type()).orElse(null);
        Node item = type == null ? null : nodes.findOrNull(s, type, sc.itemId());
        return item == null ? eu.innco.security.Ownership.NEW : ContentService.ownership(item);
    }

    public Schedule cancel(Actor actor, String id) {
        return repository.write(s -> {
            Node n = store.node(s, id).orElseThrow(() -> InncoException.notFound(ErrorCode.SCHEDULE_404, "There is no schedule '" + id + "'."));
            Schedule sc = ScheduleStore.read(n);
            policy.check(actor, Action.SCHEDULE, owner(s, sc));
            if (!sc.isPending()) throw InncoException.conflict(ErrorCode.SCHEDULE_002, "The schedule is " + sc.state() + " and cannot be cancelled.");
            store.finish(n, "cancelled", "cancelled by " + actor.username(), clock.instant());
            audit.record(s, AuditEntry.of(actor.username(), "schedule-cancel", sc.type(), sc.itemId(), "", sc.locales(), null, sc.action()));
            return ScheduleStore.read(n);
        });
    }

    ScheduleStore store() { return store; }

    /** How many schedules are in each state ({@code pending}, {@code done}, {@code failed}, {@code cancelled}): for the metrics. */
    public java.util.Map<String, Long> countByState() {
        return repository.read(s -> {
            java.util.Map<String, Long> out = new java.util.TreeMap<>();
            for (Schedule sc : store.all(s)) out.merge(sc.state(), 1L, Long::sum);
            return out;
        });
    }
}
