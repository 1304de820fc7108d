package eu.innco.publishing;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases: create (publish now, keep as a draft, or schedule), publish all items in one commit or
 * none, list, cancel. A refused release lists every problem of every item.
 */
public final class ReleaseService {
    private final ContentRepository repository;
    private final PublicationService publication;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ReleaseStore store = new ReleaseStore();
    private final ScheduleStore schedules = new ScheduleStore();

    public ReleaseService(ContentRepository repository, PublicationService publication, AccessPolicy policy, Clock clock) {
        this.repository = repository;
        this.publication = publication;
        this.policy = policy;
        this.clock = clock;
    }

    /** Creates a release; with {@code at} it is scheduled, with {@code publishNow} it is published at once. */
    public Release create(Actor actor, String name, List<PublishTarget> items, boolean includeReferences, String comment,
                          Instant at, boolean publishNow) {
        policy.check(actor, Action.MANAGE_RELEASES, Ownership.NEW);
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) errors.add(FieldError.keyed("name", "releaseName", "is required, at most 200 characters"));
        if (items.isEmpty()) errors.add(FieldError.keyed("items", "releaseItems", "must list at least one item"));
        if (at != null && publishNow) errors.add(FieldError.keyed("at", "atWithNow", "cannot be combined with publishing now"));
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.RELEASE_001, "Invalid release", errors);
        Instant now = clock.instant();
        Release r = repository.write(s -> {
            Release created = store.create(s, name.trim(), items, includeReferences, comment, at, actor.username(), now);
            if (at != null) {
                // what is scheduled is the content as it is now: saved with the release, it is what will be published
                publication.releaseSnapshots().write(s, store.node(s, created.id()).orElseThrow(), actor.username(), now);
                // and so are the referenced items it pulls in: which ones, in which locales, with what content
                if (includeReferences) {
                    var node = store.node(s, created.id()).orElseThrow();
                    publication.pinReferences(s, ReleaseStore.read(node), node, actor.username(), now);
                }
                schedules.create(s, "release", at, "", "", List.of(), created.id(), actor.username(), now);
            }
            publication.audit().record(s, AuditEntry.of(actor.username(), "release", "", created.id(), "", localesOf(items), null,
                    (at == null ? "created '" : "scheduled '") + name + "' with " + items.size() + " item(s)"
                    + (at == null ? "" : " for " + eu.innco.contenttype.field.Dates.format(at))).withItems(requested(items)));
            return ReleaseStore.read(store.node(s, created.id()).orElseThrow());
        });
        return publishNow ? publish(actor, r.id()) : r;
    }

    /** Publishes every item of the release in one commit; on any problem nothing is published and all are listed. */
    public Release publish(Actor actor, String id) {
        return publish(actor, id, (s, published) -> {});
    }

    /** Like the above, and runs {@code alsoInCommit} in the release's commit (a schedule marks itself done there). */
    Release publish(Actor actor, String id, PublicationService.CommitStep alsoInCommit) {
        policy.check(actor, Action.MANAGE_RELEASES, Ownership.NEW);
        Release r = claim(id);
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) prefixes.add("items." + i + ".");
        try {
            // null unless it was scheduled with its references saved: then it pulls in those and nothing else
            var pinned = repository.read(s -> ScheduledReferences.read(store.node(s, id).orElseThrow(() -> missing(id))));
            // the release is marked published in the commit that publishes its items: a crash leaves both or neither
            publication.publishTogether(actor, r.items(), prefixes, r.includeReferences(), pinned, r.comment(), "release", r.name(),
                    (s, published) -> {
                        store.finish(store.node(s, id).orElseThrow(() -> missing(id)), "published",
                                published.size() + " item(s) published", clock.instant());
                        publication.audit().record(s, AuditEntry.of(actor.username(), "release-publish", "", id, "",
                                localesOf(published.stream().map(p -> new PublishTarget(p.type(), p.id(), p.locales())).toList()), null,
                                "published '" + r.name() + "': " + published.size() + " item(s)").withItems(published(published)));
                        alsoInCommit.run(s, published);
                    });
        } catch (InncoException e) {
            finish(id, "failed", e.detail(), null);
            throw e;
        } catch (RuntimeException e) {
            finish(id, "failed", "the publication failed: " + e.getMessage(), null);
            throw e;
        }
        return get(id);
    }

    /**
     * Marks releases that a crash interrupted as failed, so that they can be published again at
     * once. Only on the segment store, where this process is the only one that can publish: on a
     * shared store another server may be publishing it right now, and the claim's age decides.
     * Nothing of such a release is public: its items and its "published" mark share one commit.
     */
    public int recoverInterrupted() {
        if (repository.kind() != eu.innco.repository.StoreKind.SEGMENT) return 0;
        return repository.write(s -> {
            int n = 0;
            for (Release r : store.all(s)) {
                if (!r.state().equals("publishing")) continue;
                store.finish(store.node(s, r.id()).orElseThrow(), "failed",
                        "interrupted: the server stopped while publishing it, and nothing of it was published; publish it again", null);
                n++;
            }
            return n;
        });
    }

    /**
     * Marks the release as being published, in one commit, so that a cancel or a second publish at
     * the same moment, on this server or another, sees it; a claim older than ten minutes is a crash's leftover and may be taken again.
     */
    private Release claim(String id) {
        Instant now = clock.instant();
        // durable, so that after a crash the release reliably shows it was being published (and is then marked failed)
        return repository.writeDurably(s -> {
            var n = store.node(s, id).orElseThrow(() -> missing(id));
            String state = n.getProperty("state").getString();
            boolean stale = state.equals("publishing") && n.hasProperty("claimed")
                    && n.getProperty("claimed").getDate().toInstant().isBefore(now.minusSeconds(600));
            if (!state.equals("draft") && !state.equals("scheduled") && !state.equals("failed") && !stale) {
                throw InncoException.conflict(ErrorCode.RELEASE_002, "The release is " + state + "; only draft, scheduled or failed releases can be published.");
            }
            n.setProperty("state", "publishing");
            n.setProperty("claimed", eu.innco.contenttype.field.Dates.calendar(now));
            // a value no other claimant writes: Oak sees two identical concurrent changes as no conflict at all,
            // so two servers claiming in the same millisecond would otherwise both win
            n.setProperty("claimedBy", java.util.UUID.randomUUID().toString());
            return ReleaseStore.read(n);
        });
    }

    public Release get(String id) {
        return repository.read(s -> ReleaseStore.read(store.node(s, id).orElseThrow(() -> missing(id))));
    }

    public List<Release> all() {
        return repository.read(store::all);
    }

    /** Cancels a draft or scheduled release (and its schedule); published releases stay as they are. */
    public Release cancel(Actor actor, String id) {
        policy.check(actor, Action.MANAGE_RELEASES, Ownership.NEW);
        repository.write(s -> {
            var n = store.node(s, id).orElseThrow(() -> missing(id));
            String state = n.getProperty("state").getString();
            if (state.equals("published")) throw InncoException.conflict(ErrorCode.RELEASE_003, "A published release cannot be cancelled; unpublish its items instead.");
            if (state.equals("publishing")) throw InncoException.conflict(ErrorCode.RELEASE_004, "The release is being published right now.");
            store.finish(n, "cancelled", "cancelled by " + actor.username(), null);
            Release r = ReleaseStore.read(n);
            publication.audit().record(s, AuditEntry.of(actor.username(), "release-cancel", "", id, "", localesOf(r.items()), null,
                    "cancelled '" + r.name() + "'").withItems(requested(r.items())));
            for (Schedule sc : schedules.all(s)) {
                if (sc.isPending() && id.equals(sc.releaseId())) schedules.finish(schedules.node(s, sc.id()).orElseThrow(), "cancelled", "release cancelled", clock.instant());
            }
            return null;
        });
        return get(id);
    }

    private void finish(String id, String state, String result, Instant at) {
        repository.write(s -> {
            store.finish(store.node(s, id).orElseThrow(), state, result, at);
            return null;
        });
    }

    private static List<String> localesOf(List<PublishTarget> items) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (PublishTarget t : items) all.addAll(t.locales());
        return List.copyOf(all);
    }

    private static List<AuditEntry.Item> requested(List<PublishTarget> items) {
        return items.stream().map(t -> new AuditEntry.Item(t.type(), t.id(), "", t.locales(), null)).toList();
    }

    private static List<AuditEntry.Item> published(List<PublishedItemState> items) {
        return items.stream().map(p -> new AuditEntry.Item(p.type(), p.id(), p.path(), p.locales(), p.version())).toList();
    }

    private static InncoException missing(String id) {
        return InncoException.notFound(ErrorCode.RELEASE_404, "There is no release '" + id + "'.");
    }
}
