package eu.innco.network;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.mail.Outbox;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.repository.ContentRepository;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.jcr.Node;

/**
 * The moderators' side. A partner editor moderates the applications from the country of their
 * partner organisation; admins and publishers moderate all. Approving makes the organisation
 * (role {@code member}, published in the application's language) and the contact person's member
 * account ({@link MemberAccounts}); asking for changes mails a new link; rejecting mails the reason
 * and removes the application (the applicant may apply again). Each step is in the audit log.
 */
public final class Moderation {
    private final ContentRepository repository;
    private final ApplicationStore store;
    private final MemberAccounts accounts;
    private final NetworkMails mails;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Moderation(ContentRepository repository, ApplicationStore store, MemberAccounts accounts, NetworkMails mails, Outbox outbox,
               AuditLog audit, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.accounts = accounts;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** May this person moderate at all (admins, publishers, and editors with a partner organisation)? */
    public static boolean moderates(Actor a) {
        if (a.has(Role.MEMBER)) return false;
        return a.isAdmin() || a.has(Role.PUBLISHER) || (a.edits() && !a.partner().isEmpty());
    }

    /** The applications this person may decide on, oldest first. */
    public List<Application> queue(Actor a) {
        if (!moderates(a)) return List.of();
        Optional<String> country = country(a);
        return store.all().stream().filter(x -> country.isEmpty() || country.get().equals(x.fields().country())).toList();
    }

    public Application get(Actor a, String id) {
        Application app = store.find(id).orElseThrow(() -> InncoException.notFound(ErrorCode.NETWORK_404, "There is no application " + id + "."));
        if (!moderates(a) || country(a).filter(c -> !c.equals(app.fields().country())).isPresent()) {
            throw InncoException.forbidden("User '" + a.username() + "' may not moderate applications from " + app.fields().country() + ".");
        }
        return app;
    }

    public Optional<Logo> logo(Actor a, String id) {
        get(a, id);
        return store.logo(id);
    }

    /** Approves: organisation, member account, set-password mail; the application is removed. Returns the organisation id. */
    public String approve(Actor a, String id, String passwordLinkBase) {
        Application app = get(a, id);
        String organisation = accounts.createOrganisation(a, app, store.logo(id));
        accounts.createFirstMember(app, organisation, passwordLinkBase);
        repository.writeDurably(s -> {
            store.node(s, id).ifPresent(this::removeQuietly);
            audit.record(s, AuditEntry.of(a.username(), "network.approve", "organisation", organisation, "", List.of(app.locale()), null,
                    "application " + id + (app.verified() ? "" : " (e-mail not confirmed)")));
            return null;
        });
        return organisation;
    }

    /** Asks for changes: the applicant gets the note and a link to edit the application. */
    public void requestChanges(Actor a, String id, String note, String changesLinkBase) {
        Application app = get(a, id);
        String secret = LinkTokens.secret();
        repository.writeDurably(s -> {
            Node n = store.node(s, id).orElseThrow();
            n.setProperty("state", ApplicationState.CHANGES.name());
            n.setProperty("note", note);
            Joining.token(n, "changes", secret, clock.instant().plus(Lifetimes.CHANGES));
            ApplicationStore.setDate(n, "expires", clock.instant().plus(Lifetimes.CHANGES));
            audit.record(s, AuditEntry.of(a.username(), "network.changes", "application", id, "", List.of(app.locale()), null, note));
            return null;
        });
        outbox.enqueue(mails.build("changes", app.locale(), app.fields().contactEmail(), app.fields().contactName(), app.fields().name(),
                note, changesLinkBase + id + "." + secret, ""));
    }

    /** Rejects with a reason, mailed to the applicant; the application and its personal data are removed. */
    public void reject(Actor a, String id, String reason) {
        Application app = get(a, id);
        outbox.enqueue(mails.build("rejected", app.locale(), app.fields().contactEmail(), app.fields().contactName(), app.fields().name(),
                reason, "", ""));
        repository.writeDurably(s -> {
            store.node(s, id).ifPresent(this::removeQuietly);
            audit.record(s, AuditEntry.of(a.username(), "network.reject", "application", id, "", List.of(app.locale()), null, reason));
            return null;
        });
    }

    /** A member's change to its own profile, for moderation after the fact. */
    public record MemberChange(java.time.Instant at, String organisation, String name, List<String> locales) {}

    /** The latest changes members made to their profiles, in this person's country (all for admins and publishers). */
    public List<MemberChange> recentChanges(Actor a, int limit) {
        if (!moderates(a)) return List.of();
        Optional<String> country = country(a);
        return audit.query(eu.innco.publishing.AuditQuery.of(null, null, "network.memberChange", null, null, 0, 200)).entries().stream()
                .filter(e -> country.isEmpty() || country.get().equals(accounts.countryOf(e.itemId())))
                .limit(limit).map(e -> new MemberChange(e.at(), e.itemId(), e.detail(), e.locales())).toList();
    }

    /**
     * Withdraws a member's profile from the public with a reason that its people receive. The
     * profile stays the member's: a corrected profile saved by the member is published again.
     */
    public void withdraw(Actor a, String organisation, String reason, String accountLink) {
        if (!moderates(a) || country(a).filter(c -> !c.equals(accounts.countryOf(organisation))).isPresent()) {
            throw InncoException.forbidden("User '" + a.username() + "' may not withdraw this organisation's profile.");
        }
        List<Member> people = accounts.members.of(organisation);
        if (people.isEmpty()) throw InncoException.notFound(ErrorCode.NETWORK_404, "There is no member organisation " + organisation + ".");
        accounts.withdraw(a, organisation);
        for (Member p : people) {
            String locale = accounts.uiLocale(p.username());
            outbox.enqueue(mails.build("withdrawn", locale, p.email(), p.name(), accounts.nameOf(organisation), reason,
                    accountLink.replace("{locale}", locale), ""));
        }
        audit.recordNow(AuditEntry.of(a.username(), "network.withdraw", "organisation", organisation, "", List.of(), null, reason));
    }

    /**
     * The country of an editor's partner organisation; empty for those who moderate every country.
     * The exchange's abuse reviews are scoped the same way.
     */
    public Optional<String> country(Actor a) {
        if (a.isAdmin() || a.has(Role.PUBLISHER)) return Optional.empty();
        String c = accounts.countryOf(a.partner());
        // an editor whose partner has no country moderates nothing, rather than everything
        return Optional.of(c.isEmpty() ? "--" : c);
    }

    private void removeQuietly(Node n) {
        try {
            n.remove();
        } catch (javax.jcr.RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
