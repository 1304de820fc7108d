package eu.innco.network;

import eu.innco.mail.Outbox;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.jcr.Node;

/**
 * The applicant's side: send an application, confirm the e-mail address through the mailed link,
 * ask for a new link, and make the changes a moderator asked for. The contact person's address
 * is used for these mails only; audit entries name the application, never the person.
 */
public final class Joining {
    /** What following a link found. */
    public enum LinkState { OK, EXPIRED, INVALID }

    private final ContentRepository repository;
    private final ApplicationStore store;
    private final Duplicates duplicates;
    private final NetworkMails mails;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    Joining(ContentRepository repository, ApplicationStore store, Duplicates duplicates, NetworkMails mails, Outbox outbox,
            AuditLog audit, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.duplicates = duplicates;
        this.mails = mails;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Stores a checked application and mails the verification link ({@code linkBase} + token). Returns its id. */
    public String apply(ApplicationFields f, Optional<Logo> logo, String locale, String termsVersion, String linkBase) {
        String id = UUID.randomUUID().toString();
        String secret = LinkTokens.secret();
        Instant now = clock.instant();
        List<String> dups = duplicates.of(f, id);
        repository.writeDurably(s -> {
            Node n = store.create(s, id);
            ApplicationStore.writeFields(n, f, logo);
            n.setProperty("state", ApplicationState.UNVERIFIED.name());
            n.setProperty("locale", locale);
            n.setProperty("termsVersion", termsVersion);
            ApplicationStore.setDate(n, "termsAcceptedAt", now);
            ApplicationStore.setDate(n, "created", now);
            ApplicationStore.setDate(n, "expires", now.plus(Lifetimes.UNVERIFIED));
            n.setProperty("duplicates", dups.toArray(String[]::new));
            token(n, "verify", secret, now.plus(Lifetimes.VERIFY_LINK));
            audit.record(s, AuditEntry.of("anonymous", "network.apply", "application", id, "", List.of(locale), null,
                    f.name() + (dups.isEmpty() ? "" : " (possible duplicate)")));
            return null;
        });
        outbox.enqueue(mails.build("verify", locale, f.contactEmail(), f.contactName(), f.name(), "", linkBase + id + "." + secret, ""));
        return id;
    }

    /** Follows a verification link: the application waits for a moderator from now on. */
    public LinkState verify(String token) {
        return use(token, "verify", n -> {
            n.setProperty("state", ApplicationState.PENDING.name());
            ApplicationStore.setDate(n, "expires", clock.instant().plus(Lifetimes.PENDING));
            audit.record(n.getSession(), AuditEntry.of("anonymous", "network.verify", "application", n.getName(), "",
                    List.of(ApplicationStore.str(n, "locale")), null, ""));
        });
    }

    /** The application a changes link opens, when the link is still good (it is not used up by looking). */
    public Optional<Application> forChanges(String token) {
        Optional<LinkTokens.Parts> p = LinkTokens.Parts.of(token);
        if (p.isEmpty()) return Optional.empty();
        return repository.read(s -> {
            Optional<Node> n = store.node(s, p.get().id());
            if (n.isEmpty() || check(n.get(), "changes", p.get().secret()) != LinkState.OK) return Optional.<Application>empty();
            return Optional.of(ApplicationStore.read(n.get()));
        });
    }

    /** Stores the applicant's changes through a changes link; the application goes back to the moderators. */
    public LinkState resubmit(String token, ApplicationFields f, Optional<Logo> logo) {
        return use(token, "changes", n -> {
            ApplicationStore.writeFields(n, f, logo);
            n.setProperty("state", ApplicationState.PENDING.name());
            n.setProperty("duplicates", duplicates.of(f, n.getName()).toArray(String[]::new));
            ApplicationStore.setDate(n, "expires", clock.instant().plus(Lifetimes.PENDING));
            audit.record(n.getSession(), AuditEntry.of("anonymous", "network.resubmit", "application", n.getName(), "",
                    List.of(ApplicationStore.str(n, "locale")), null, f.name()));
        });
    }

    /**
     * Mails a new verification link to an address with an unconfirmed application (all of them,
     * if several). The caller answers the same whether there was one or not.
     */
    public void resend(String email, String linkBase) {
        String wanted = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) return;
        for (Application a : store.all()) {
            if (a.state() != ApplicationState.UNVERIFIED || !a.fields().contactEmail().equals(wanted)) continue;
            String secret = LinkTokens.secret();
            repository.writeDurably(s -> {
                Optional<Node> n = store.node(s, a.id());
                if (n.isPresent()) token(n.get(), "verify", secret, clock.instant().plus(Lifetimes.VERIFY_LINK));
                return null;
            });
            outbox.enqueue(mails.build("verify", a.locale(), wanted, a.fields().contactName(), a.fields().name(), "",
                    linkBase + a.id() + "." + secret, ""));
        }
    }

    /** Work done on an application node when its link is good; the link is used up in the same commit. */
    @FunctionalInterface
    interface NodeWork {
        void run(Node n) throws javax.jcr.RepositoryException;
    }

    private LinkState use(String token, String purpose, NodeWork work) {
        Optional<LinkTokens.Parts> p = LinkTokens.Parts.of(token);
        if (p.isEmpty()) return LinkState.INVALID;
        return repository.writeDurably(s -> {
            Optional<Node> n = store.node(s, p.get().id());
            if (n.isEmpty()) return LinkState.INVALID;
            LinkState state = check(n.get(), purpose, p.get().secret());
            if (state != LinkState.OK) return state;
            n.get().setProperty("tokenHash", "");
            work.run(n.get());
            return LinkState.OK;
        });
    }

    private LinkState check(Node n, String purpose, String secret) throws javax.jcr.RepositoryException {
        if (!purpose.equals(ApplicationStore.str(n, "tokenPurpose")) || !LinkTokens.matches(secret, ApplicationStore.str(n, "tokenHash"))) {
            return LinkState.INVALID;
        }
        return ApplicationStore.date(n, "tokenExpires").isAfter(clock.instant()) ? LinkState.OK : LinkState.EXPIRED;
    }

    static void token(Node n, String purpose, String secret, Instant until) throws javax.jcr.RepositoryException {
        n.setProperty("tokenPurpose", purpose);
        n.setProperty("tokenHash", LinkTokens.hash(secret));
        ApplicationStore.setDate(n, "tokenExpires", until);
    }
}
