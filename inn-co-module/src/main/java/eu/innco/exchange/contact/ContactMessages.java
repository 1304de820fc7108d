package eu.innco.exchange.contact;

import eu.innco.mail.Outbox;
import eu.innco.network.LinkTokens;
import eu.innco.network.Member;
import eu.innco.network.MemberAccounts;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Sending a member's message to another member organisation, and the recipient's answer, block
 * and report through the signed link it received. Links in mails are
 * {@code <base>/<recipient's locale>/contact/reply?t=<id>.<secret>} and
 * {@code <base>/<locale>/report?kind=message&id=<id>}.
 */
public final class ContactMessages {
    /** How long a conversation record and its reply link are kept; also the window of the sending limit. */
    public static final Duration KEPT = Duration.ofDays(30);
    public static final int TEXT_MIN = 10;
    public static final int TEXT_MAX = 3000;

    /** What became of a message: sent, or why not. */
    public enum Outcome { SENT, LIMITED, BLOCKED, UNAVAILABLE, OWN }

    /** What became of an answer. */
    public enum ReplyOutcome { SENT, GONE, USED, HELD }

    private final ContentRepository repository;
    private final ConversationStore store;
    private final MemberAccounts accounts;
    private final Outbox outbox;
    private final ExchangeMail mail;
    private final Predicate<String> publicOrganisation;
    private final int perDay;
    private final Clock clock;

    /** {@code publicOrganisation}: whether an organisation id is a member organisation the public sees now. */
    public ContactMessages(ContentRepository repository, MemberAccounts accounts, Outbox outbox, ExchangeMail mail,
                           Predicate<String> publicOrganisation, int perDay, Clock clock) {
        this.repository = repository;
        this.store = new ConversationStore(repository);
        this.accounts = accounts;
        this.outbox = outbox;
        this.mail = mail;
        this.publicOrganisation = publicOrganisation;
        this.perDay = perDay;
        this.clock = clock;
    }

    public int perDay() {
        return perDay;
    }

    /** Whether an organisation can receive messages: a member organisation, public now, with a contact person. */
    public boolean reachable(String organisation) {
        return !accounts.people(organisation).isEmpty() && publicOrganisation.test(organisation);
    }

    /** Sends {@code text} (checked with {@link PlainText} by the caller) from a member to an organisation's contact. */
    public Outcome send(Member from, String toOrganisation, String text, String about, String base) {
        return send(from, toOrganisation, text, about, false, base);
    }

    /** As above; {@code aboutPosting}: {@code about} is the title of one of the recipient's offers or needs, not an initiative's. */
    public Outcome send(Member from, String toOrganisation, String text, String about, boolean aboutPosting, String base) {
        if (from.organisation().equals(toOrganisation)) return Outcome.OWN;
        if (!reachable(toOrganisation)) return Outcome.UNAVAILABLE;
        List<Member> people = accounts.people(toOrganisation);
        if (store.blocked(toOrganisation, from.organisation())) return Outcome.BLOCKED;
        sweep();
        Instant now = clock.instant();
        synchronized (this) {
            long today = store.all().stream().filter(c -> c.fromOrganisation().equals(from.organisation()))
                    .filter(c -> c.created().isAfter(now.minus(Duration.ofDays(1)))).count();
            if (today >= perDay) return Outcome.LIMITED;
            Member contact = people.get(0);
            String secret = LinkTokens.secret();
            Conversation c = new Conversation(UUID.randomUUID().toString(), from.username(), from.organisation(), toOrganisation,
                    contact.username(), now, now.plus(KEPT), false, "open");
            repository.writeDurably(s -> ConversationStore.create(s, c, LinkTokens.hash(secret)));
            String locale = accounts.uiLocale(contact.username());
            String sender = accounts.nameOf(from.organisation());
            String lead = about.isBlank() ? "exchange.contact.mail" : aboutPosting ? "exchange.contact.mailPosting" : "exchange.contact.mailAbout";
            outbox.enqueue(mail.build(lead, locale, contact.email(), contact.name(),
                    Map.of("organisation", sender, "about", about, "days", KEPT.toDays()), PlainText.clean(text),
                    ExchangeMail.links("exchange.contact.mail.reply", base + "/" + locale + "/contact/reply?t=" + c.id() + "." + secret,
                            "exchange.contact.mail.report", base + "/" + locale + "/report?kind=message&id=" + c.id())));
        }
        return Outcome.SENT;
    }

    /** The conversation a reply link belongs to, while the link is good. */
    public Optional<Conversation> byLink(String token) {
        Optional<LinkTokens.Parts> p = LinkTokens.Parts.of(token);
        if (p.isEmpty()) return Optional.empty();
        return repository.read(s -> {
            var n = store.node(s, p.get().id());
            if (n.isEmpty() || !LinkTokens.matches(p.get().secret(), n.get().getProperty("hash").getString())) return Optional.<Conversation>empty();
            Conversation c = ConversationStore.read(n.get());
            return c.expires().isAfter(clock.instant()) ? Optional.of(c) : Optional.<Conversation>empty();
        });
    }

    /** The recipient's answer: mailed to the sender with the recipient's address, and the sender's address to the recipient. */
    public ReplyOutcome reply(String token, String text) {
        Optional<Conversation> found = byLink(token);
        if (found.isEmpty()) return ReplyOutcome.GONE;
        Conversation c = found.get();
        if (c.replied()) return ReplyOutcome.USED;
        if (!c.open()) return ReplyOutcome.HELD;
        Optional<Member> sender = accounts.member(c.from());
        Optional<Member> recipient = accounts.member(c.to());
        if (sender.isEmpty() || recipient.isEmpty()) return ReplyOutcome.GONE;
        repository.writeDurably(s -> {
            store.node(s, c.id()).orElseThrow().setProperty("replied", true);
            return null;
        });
        String toOrg = accounts.nameOf(c.toOrganisation());
        String fromOrg = accounts.nameOf(c.fromOrganisation());
        Member a = sender.get();
        Member b = recipient.get();
        String la = accounts.uiLocale(a.username());
        String lb = accounts.uiLocale(b.username());
        outbox.enqueue(mail.build("exchange.contact.replied", la, a.email(), a.name(),
                Map.of("organisation", toOrg, "name", b.name(), "email", b.email()), PlainText.clean(text), Map.of()));
        outbox.enqueue(mail.build("exchange.contact.disclosed", lb, b.email(), b.name(),
                Map.of("organisation", fromOrg, "name", a.name(), "email", a.email()), "", Map.of()));
        return ReplyOutcome.SENT;
    }

    /** The recipient organisation refuses further messages from the sender's organisation; true when the link was good. */
    public boolean block(String token) {
        Optional<Conversation> c = byLink(token);
        if (c.isEmpty()) return false;
        repository.writeDurably(s -> {
            ConversationStore.block(s, c.get().toOrganisation(), c.get().fromOrganisation(), clock.instant());
            return null;
        });
        return true;
    }

    public String organisationName(String id) {
        return accounts.nameOf(id);
    }

    ConversationStore store() {
        return store;
    }

    /** The records of messages an organisation sent or received (no text: the platform keeps none). */
    public List<Conversation> of(String organisation) {
        return store.all().stream().filter(c -> c.fromOrganisation().equals(organisation) || c.toOrganisation().equals(organisation)).toList();
    }

    /** The organisations this one blocked. */
    public List<String> blockedBy(String organisation) {
        return store.blockedBy(organisation);
    }

    /** Forgets an organisation that left: its message records and the blocks it made or received. */
    public void forget(String organisation) {
        repository.writeDurably(s -> {
            for (Conversation c : of(organisation)) store.node(s, c.id()).ifPresent(ContactMessages::remove);
            ConversationStore.unblock(s, organisation);
            return null;
        });
    }

    private static void remove(javax.jcr.Node n) {
        try {
            n.remove();
        } catch (javax.jcr.RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes conversation records past their time. */
    public void sweep() {
        Instant now = clock.instant();
        repository.write(s -> {
            for (Conversation c : store.all()) {
                if (c.expires().isBefore(now)) store.node(s, c.id()).ifPresent(ContactMessages::remove);
            }
            return null;
        });
    }
}
