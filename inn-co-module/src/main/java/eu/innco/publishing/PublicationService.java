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
import java.util.Collections;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Publication per item and locale. Each call plans first (locales, required values, references),
 * refuses with every problem when anything is wrong, and otherwise writes all snapshots, versions
 * and audit entries in one repository commit: several items published together (a release, an
 * import) are public all at once or not at all. Listeners hear about it after the commit.
 */
public final class PublicationService {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ItemNodes nodes;
    private final AccessPolicy policy;
    private final AuditLog audit;
    private final PublicationEvents events;
    private final Clock clock;
    private final PublicationPlanner planner;
    private final SnapshotWriter writer;
    private final VersionStore versions;
    // publications on one server take turns: they touch the same few nodes, and retrying collisions costs more than waiting
    private final java.util.concurrent.locks.ReentrantLock turns = new java.util.concurrent.locks.ReentrantLock(true);

    public PublicationService(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales, ItemNodes nodes,
                              AccessPolicy policy, AuditLog audit, PublicationEvents events, Clock clock) {
        this.repository = repository;
        this.types = types;
        this.locales = locales;
        this.nodes = nodes;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.planner = new PublicationPlanner(types, locales, nodes);
        this.writer = new SnapshotWriter(locales, nodes);
        this.versions = new VersionStore(nodes.values());
    }

    VersionStore versionStore() { return versions; }

    ReleaseSnapshots releaseSnapshots() { return new ReleaseSnapshots(types, locales, nodes); }

    /** Saves, with a release being scheduled, the referenced items it would pull in now (see {@link ScheduledReferences}). */
    void pinReferences(Session s, Release release, Node releaseNode, String user, Instant now) throws RepositoryException {
        List<String> prefixes = release.items().stream().map(t -> "").toList();
        new ScheduledReferences(nodes).write(releaseNode, planner.plan(s, release.items(), prefixes, true), user, now);
    }

    public AuditLog audit() { return audit; }

    /** Publishes one item in the given locales (none: every complete locale). */
    public List<PublishedItemState> publish(Actor actor, String type, String id, List<String> locales, String comment,
                                            boolean includeReferences) {
        return publish(actor, type, id, locales, comment, includeReferences, (s, published) -> {});
    }

    /** Like the above, with {@code alsoInCommit} run in the publication's commit (a schedule marks itself done there). */
    List<PublishedItemState> publish(Actor actor, String type, String id, List<String> locales, String comment,
                                     boolean includeReferences, CommitStep alsoInCommit) {
        return publish(actor, new PublishTarget(type, id, locales), comment, includeReferences, alsoInCommit);
    }

    /** Publishes one target, which may name a saved version to publish instead of the working copy. */
    List<PublishedItemState> publish(Actor actor, PublishTarget target, String comment, boolean includeReferences, CommitStep alsoInCommit) {
        ContentTypeDefinition t = types.require(target.type());
        repository.read(s -> nodes.find(s, t, target.id())); // a missing item is a 404, not one problem among others
        return publishTogether(actor, List.of(target), List.of(""), includeReferences, comment, "publish", null, alsoInCommit);
    }

    /**
     * Publishes several items in one commit, all or nothing. {@code prefixes} name each target in
     * error paths; {@code action} is what the audit log calls it (publish, release, import).
     */
    public List<PublishedItemState> publishTogether(Actor actor, List<PublishTarget> targets, List<String> prefixes,
                                                    boolean includeReferences, String comment, String action, String releaseName) {
        return publishTogether(actor, targets, prefixes, includeReferences, comment, action, releaseName, (s, published) -> {});
    }

    /**
     * Like the above, and runs {@code alsoInCommit} in the same commit once every item is written: a
     * release marks itself published there, so that its state can never disagree with its items.
     */
    List<PublishedItemState> publishTogether(Actor actor, List<PublishTarget> targets, List<String> prefixes, boolean includeReferences,
                                             String comment, String action, String releaseName, CommitStep alsoInCommit) {
        return publishTogether(actor, targets, prefixes, includeReferences, null, comment, action, releaseName, alsoInCommit);
    }

    /** Like the above; {@code pinned} (when not null) are the only referenced items it may pull in, as saved. */
    List<PublishedItemState> publishTogether(Actor actor, List<PublishTarget> targets, List<String> prefixes, boolean includeReferences,
                                             java.util.Map<String, ScheduledReferences.Pinned> pinned, String comment, String action,
                                             String releaseName, CommitStep alsoInCommit) {
        List<PublicationEvent> fired = new ArrayList<>();
        List<PublishedItemState> result = inTurn(() -> repository.writeDurably(s -> {
            Instant now = clock.instant();
            fired.clear();
            PublicationPlan plan = planner.plan(s, targets, prefixes, includeReferences, pinned);
            if (!plan.problems.isEmpty()) throw refused(plan.problems, targets.size());
            List<PublishedItemState> out = new ArrayList<>();
            for (PublicationPlan.Entry e : plan.entries.values()) {
                if ("release".equals(action) && out.size() == plan.entries.size() / 2 && !out.isEmpty()) {
                    CrashTestPause.reach("release '" + releaseName + "': " + out.size() + " of " + plan.entries.size()
                            + " item(s) written, nothing saved yet");
                }
                policy.check(actor, Action.PUBLISH, ContentService.ownership(e.node));
                List<String> ls = List.copyOf(e.locales);
                VersionInfo v = versions.create(s, e.type, e.id, e.node.getName(), e.values, actor.username(), now,
                        action, ls, comment);
                List<String> all = writer.publish(s, e.type, e.node, e.values, ls, actor.username(), now, v.number());
                audit.record(s, AuditEntry.of(actor.username(), "publish", e.type.name(), e.id, e.node.getPath(), ls, v.number(),
                        detail(action, releaseName, comment, e.requested)));
                out.add(new PublishedItemState(e.type.name(), e.id, e.node.getPath(), ls, all, v.number(), e.requested));
                fired.add(new PublicationEvent(PublicationEvent.Kind.PUBLISHED, e.type.name(), e.id, e.node.getPath(), ls,
                        actor.username(), now, v.number()));
            }
            alsoInCommit.run(s, out);
            return out;
        }));
        events.fire(fired);
        return result;
    }

    /** Work done inside a publication's commit, after its items are written. */
    @FunctionalInterface
    interface CommitStep {
        void run(Session s, List<PublishedItemState> published) throws RepositoryException;
    }

    /** Withdraws locales (none: all) from the public; refused while published items refer to it, unless forced. */
    public PublishedItemState unpublish(Actor actor, String typeName, String id, List<String> requested, boolean force) {
        return unpublish(actor, typeName, id, requested, force, (s, withdrawn) -> {});
    }

    /** Like the above, with {@code alsoInCommit} run in the unpublication's commit. */
    PublishedItemState unpublish(Actor actor, String typeName, String id, List<String> requested, boolean force, CommitStep alsoInCommit) {
        ContentTypeDefinition type = types.require(typeName);
        List<PublicationEvent> fired = new ArrayList<>();
        PublishedItemState state = inTurn(() -> repository.writeDurably(s -> {
            Instant now = clock.instant();
            fired.clear();
            Node item = nodes.find(s, type, id);
            policy.check(actor, Action.UNPUBLISH, ContentService.ownership(item));
            List<String> withdrawing = withdrawing(s, type, item, requested);
            if (!force) refuseWhileReferenced(s, type, item, withdrawing);
            List<String> remaining = writer.unpublish(s, type, item, withdrawing, actor.username(), now);
            audit.record(s, AuditEntry.of(actor.username(), "unpublish", type.name(), item.getIdentifier(), item.getPath(),
                    withdrawing, null, force ? "forced" : ""));
            fired.add(new PublicationEvent(PublicationEvent.Kind.UNPUBLISHED, type.name(), item.getIdentifier(), item.getPath(),
                    withdrawing, actor.username(), now, null));
            PublishedItemState withdrawn = new PublishedItemState(type.name(), item.getIdentifier(), item.getPath(), withdrawing, remaining, null, true);
            alsoInCommit.run(s, List.of(withdrawn));
            return withdrawn;
        }));
        events.fire(fired);
        return state;
    }

    /** Used by the delete hook: the item leaves the public in every locale, in the delete's own commit. */
    List<PublicationEvent> unpublishForDelete(Session s, ContentTypeDefinition type, Node item, Actor actor, boolean force)
            throws RepositoryException {
        if (LiveTree.find(s, type, item.getIdentifier()).isEmpty()) return List.of();
        // deleting a published item takes it offline: that needs the right to unpublish
        policy.check(actor, Action.UNPUBLISH, ContentService.ownership(item));
        List<String> all = List.copyOf(SnapshotWriter.publishedLocales(LiveTree.find(s, type, item.getIdentifier()).get()));
        if (!force) refuseWhileReferenced(s, type, item, all);
        Instant now = clock.instant();
        writer.unpublish(s, type, item, all, actor.username(), now);
        audit.record(s, AuditEntry.of(actor.username(), "unpublish", type.name(), item.getIdentifier(), item.getPath(), all, null,
                "before delete" + (force ? ", forced" : "")));
        return List.of(new PublicationEvent(PublicationEvent.Kind.UNPUBLISHED, type.name(), item.getIdentifier(), item.getPath(),
                all, actor.username(), now, null));
    }

    private <T> T inTurn(java.util.function.Supplier<T> work) {
        turns.lock();
        try {
            return work.get();
        } finally {
            turns.unlock();
        }
    }

    void fire(List<PublicationEvent> e) {
        events.fire(e);
    }

    private List<String> withdrawing(Session s, ContentTypeDefinition type, Node item, List<String> requested) throws RepositoryException {
        var live = LiveTree.find(s, type, item.getIdentifier());
        List<String> published = live.isPresent() ? List.copyOf(SnapshotWriter.publishedLocales(live.get())) : List.of();
        if (requested == null || requested.isEmpty()) {
            if (published.isEmpty()) throw InncoException.conflict(ErrorCode.PUBLISH_003, "The item is not published in any locale.");
            return published;
        }
        List<FieldError> errors = new ArrayList<>();
        for (String l : requested) {
            if (!locales.contains(l)) errors.add(FieldError.keyed("locales", "notSiteLocale", "'" + l + "' is not a site locale", l));
            else if (!published.contains(l)) errors.add(FieldError.keyed("locales", "notPublishedIn", "the item is not published in " + l, l));
        }
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.PUBLISH_004, "Cannot unpublish these locales", errors);
        return requested;
    }

    /** Refuses when a published referrer's readers would lose sight of the item in one of their locales. */
    private void refuseWhileReferenced(Session s, ContentTypeDefinition type, Node item, List<String> withdrawing)
            throws RepositoryException {
        var live = LiveTree.find(s, type, item.getIdentifier());
        List<String> remaining = new ArrayList<>(live.isPresent() ? SnapshotWriter.publishedLocales(live.get()) : List.of());
        remaining.removeAll(withdrawing);
        List<FieldError> errors = new ArrayList<>();
        for (Referrers.Referrer r : Referrers.of(s, item.getIdentifier())) {
            List<String> broken = new ArrayList<>();
            for (String l : r.locales()) {
                if (locales.chain(l).stream().noneMatch(remaining::contains)) broken.add(l);
            }
            if (!broken.isEmpty()) {
                errors.add(FieldError.keyed(r.path(), "stillReferenced", "the published " + r.type() + " " + r.id() + " refers to this item in " + broken,
                        r.type(), r.id(), broken));
            }
        }
        if (!errors.isEmpty()) {
            throw new InncoException(ErrorCode.PUBLISH_002, "Still referenced",
                    errors.size() + " published item(s) refer to this item; unpublish them first, or force it.", errors).withArgs(errors.size());
        }
    }

    private static InncoException refused(List<FieldError> problems, int targets) {
        String what = targets > 1 ? "Nothing was published: " : "The item was not published: ";
        return new InncoException(ErrorCode.PUBLISH_001, "Cannot publish",
                what + problems.size() + " problem(s), first: " + problems.get(0).path() + " " + problems.get(0).message(), problems)
                .withArgs(problems.size());
    }

    private static String detail(String action, String release, String comment, boolean requested) {
        List<String> parts = new ArrayList<>();
        if (!"publish".equals(action)) parts.add(action + (release == null ? "" : " '" + release + "'"));
        if (!requested) parts.add("published with a referring item");
        if (comment != null && !comment.isBlank()) parts.add(comment);
        return String.join("; ", parts);
    }

    static List<String> none() {
        return Collections.emptyList();
    }
}
