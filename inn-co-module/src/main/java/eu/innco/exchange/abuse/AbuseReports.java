package eu.innco.exchange.abuse;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.repository.ContentRepository;
import eu.innco.repository.NodeTypes;
import eu.innco.security.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports, holds and decisions. A first report hides the item through its {@link AbuseTarget} and
 * keeps a hold in {@code /innco:system/abuseHolds/<item id>}; later reports add their reasons. A
 * reviewer scoped to the item's country restores it (the hold goes) or removes it (the hold stays,
 * so the owner cannot put it back); the owner is told either way. Every step is audited.
 */
public final class AbuseReports {
    static final String FOLDER = "abuseHolds";
    static final int REASON_MAX = 500;
    private static final int MAX_REASONS = 20;

    /** Tells an item's owner what a reviewer decided. */
    @FunctionalInterface
    public interface Owners {
        void tell(Hold hold, boolean restored, String reason);
    }

    private final ContentRepository repository;
    private final List<AbuseTarget> targets;
    private final AuditLog audit;
    private final Owners owners;
    private final Clock clock;
    private final HoldStore store;

    public AbuseReports(ContentRepository repository, List<AbuseTarget> targets, AuditLog audit, Owners owners, Clock clock) {
        this.repository = repository;
        this.targets = List.copyOf(targets);
        this.audit = audit;
        this.owners = owners;
        this.clock = clock;
        this.store = new HoldStore(repository);
    }

    /** Reports {@code kind}/{@code id}: hidden at once for everyone on a first report. */
    public synchronized Hold report(String kind, String id, String reason) {
        AbuseTarget target = target(kind);
        if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) throw missing();
        AbuseTarget.Subject subject = target.find(kind, id).orElseThrow(AbuseReports::missing);
        String stripped = reason == null ? "" : reason.strip();
        String why = stripped.length() > REASON_MAX ? stripped.substring(0, REASON_MAX) : stripped;
        Optional<Hold> existing = store.find(id);
        if (existing.isPresent()) {
            if (existing.get().pending() && !why.isEmpty() && existing.get().reasons().size() < MAX_REASONS) store.addReason(id, why);
            return store.find(id).orElseThrow();
        }
        List<String> restore = target.hide(kind, id);
        // nothing was public (a draft, an expired offer): nothing to hide, and no hold to keep its owner from publishing later
        if (restore.isEmpty()) throw missing();
        List<String> reasons = why.isEmpty() ? List.of() : List.of(why);
        Hold hold = new Hold(id, kind, subject.organisation(), subject.country(), subject.title(), clock.instant(), reasons, restore, "pending");
        repository.writeDurably(s -> {
            store.write(s, hold);
            audit.record(s, AuditEntry.of("anonymous", "abuse.hide", kind, id, "", restore, null, why));
            return null;
        });
        return hold;
    }

    /** True while the item is held (pending review or removed): its owner may not publish it again. */
    public boolean held(String id) {
        return id != null && id.matches("[A-Za-z0-9-]{1,64}") && store.find(id).isPresent();
    }

    public Optional<Hold> hold(String id) {
        return id != null && id.matches("[A-Za-z0-9-]{1,64}") ? store.find(id) : Optional.empty();
    }

    /** The holds waiting for a decision, oldest first; {@code country} empty: every country. */
    public List<Hold> queue(Optional<String> country) {
        List<Hold> out = new ArrayList<>();
        for (Hold h : store.all()) if (h.pending() && (country.isEmpty() || country.get().equals(h.country()))) out.add(h);
        out.sort(java.util.Comparator.comparing(Hold::reported));
        return out;
    }

    /**
     * Restores or removes a held item with a reason. {@code scope}: the reviewer's country (empty for
     * admins and publishers); a reviewer from another country is refused.
     */
    public synchronized Hold decide(Actor reviewer, Optional<String> scope, String id, boolean restore, String reason) {
        Hold hold = hold(id).orElseThrow(AbuseReports::missing);
        if (scope.isPresent() && !scope.get().equals(hold.country())) {
            throw InncoException.forbidden("User '" + reviewer.username() + "' may not review reports from " + hold.country() + ".");
        }
        if (!hold.pending()) throw InncoException.conflict(ErrorCode.ABUSE_409, "This report was decided already.");
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 1000) {
            throw InncoException.badRequest(ErrorCode.ABUSE_002, "Give the reason for the decision (3 to 1000 characters); the owner receives it.");
        }
        if (restore) target(hold.kind()).restore(hold.kind(), id, hold.restore());
        repository.writeDurably(s -> {
            if (restore) store.remove(s, id); else store.markRemoved(s, id, clock.instant());
            audit.record(s, AuditEntry.of(reviewer.username(), restore ? "abuse.restore" : "abuse.remove", hold.kind(), id, "",
                    hold.restore(), null, why));
            return null;
        });
        owners.tell(hold, restore, why);
        return hold;
    }

    private AbuseTarget target(String kind) {
        for (AbuseTarget t : targets) if (kind != null && t.handles(kind)) return t;
        throw InncoException.badRequest(ErrorCode.ABUSE_001, "Reports are taken about published offers, needs, initiatives and messages; '"
                + kind + "' is none of them.");
    }

    private static InncoException missing() {
        return InncoException.notFound(ErrorCode.ABUSE_404, "There is nothing to report under this id.");
    }

    static String systemPath() {
        return "/" + NodeTypes.SYSTEM_ROOT + "/" + FOLDER;
    }
}
