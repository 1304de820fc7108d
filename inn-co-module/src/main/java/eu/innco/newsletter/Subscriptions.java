package eu.innco.newsletter;

import eu.innco.mail.Outbox;
import eu.innco.network.Joining.LinkState;
import eu.innco.network.LinkTokens;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;

/**
 * The subscriber's side: sign up (double opt-in), confirm through the mailed link, and, through
 * their own link, read what is held (export), unsubscribe and be erased. Unsubscribing erases: an
 * address nobody may write to is not worth keeping, and the proof of consent goes with it.
 */
public final class Subscriptions {
    /** How long a confirmation link works; an unconfirmed sign-up is erased after it. */
    public static final Duration CONFIRM_LINK = Duration.ofHours(48);

    private final ContentRepository repository;
    private final SubscriberKeys keys;
    private final NewsletterMails mails;
    private final Outbox outbox;
    private final Clock clock;

    Subscriptions(ContentRepository repository, SubscriberKeys keys, NewsletterMails mails, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.keys = keys;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Signs up an address for topics in a language and mails the confirmation link ({@code confirmBase}
     * + token). An address already confirmed is not changed (anyone could type it): its owner gets a
     * mail with their own link instead. The caller answers the same in every case.
     */
    public void subscribe(String email, String locale, List<String> topics, String consentVersion, String confirmBase, String ownBase) {
        String address = SubscriberKeys.normalise(email);
        String id = keys.id(address);
        String secret = LinkTokens.secret();
        Instant now = clock.instant();
        boolean alreadyConfirmed = repository.write(s -> {
            Optional<Node> existing = SubscriberStore.node(s, id);
            if (existing.isPresent() && "confirmed".equals(SubscriberStore.str(existing.get(), "state"))) return true;
            Node n = SubscriberStore.create(s, id);
            n.setProperty("email", address);
            n.setProperty("locale", locale);
            n.setProperty("topics", topics.toArray(String[]::new));
            n.setProperty("state", "pending");
            n.setProperty("consentVersion", consentVersion);
            SubscriberStore.setDate(n, "consentAt", now);
            n.setProperty("tokenHash", LinkTokens.hash(secret));
            SubscriberStore.setDate(n, "tokenExpires", now.plus(CONFIRM_LINK));
            return false;
        });
        if (alreadyConfirmed) outbox.enqueue(mails.already(address, locale, ownBase + keys.token(id)));
        else outbox.enqueue(mails.confirm(address, locale, confirmBase + id + "." + secret));
    }

    /** Follows a confirmation link; the link is used up in the same commit. */
    public LinkState confirm(String token) {
        Optional<LinkTokens.Parts> p = LinkTokens.Parts.of(token);
        if (p.isEmpty() || !p.get().id().matches("[0-9a-f]{32}")) return LinkState.INVALID;
        return repository.write(s -> {
            Optional<Node> n = SubscriberStore.node(s, p.get().id());
            if (n.isEmpty() || !LinkTokens.matches(p.get().secret(), SubscriberStore.str(n.get(), "tokenHash"))) return LinkState.INVALID;
            if (!SubscriberStore.date(n.get(), "tokenExpires").orElse(Instant.EPOCH).isAfter(clock.instant())) return LinkState.EXPIRED;
            n.get().setProperty("state", "confirmed");
            n.get().setProperty("tokenHash", (String) null);
            n.get().setProperty("tokenExpires", (String) null);
            SubscriberStore.setDate(n.get(), "confirmedAt", clock.instant());
            return LinkState.OK;
        });
    }

    /** The subscriber a genuine own link stands for (empty once erased). */
    public Optional<Subscriber> find(String ownToken) {
        Optional<String> id = keys.check(ownToken);
        if (id.isEmpty()) return Optional.empty();
        return repository.read(s -> {
            Optional<Node> n = SubscriberStore.node(s, id.get());
            return n.isPresent() ? Optional.of(SubscriberStore.read(n.get())) : Optional.<Subscriber>empty();
        });
    }

    /** True when the token is a genuine own link, whether or not its subscriber still exists. */
    public boolean genuine(String ownToken) {
        return keys.check(ownToken).isPresent();
    }

    /** The subscriber's own link token (for the links in every issue). */
    public String ownToken(String subscriberId) {
        return keys.token(subscriberId);
    }

    /** Everything held about the subscriber of this link, as JSON-ready values; empty when there is nothing. */
    public Optional<Map<String, Object>> export(String ownToken) {
        return find(ownToken).map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("email", x.email());
            m.put("language", x.locale());
            m.put("topics", x.topics());
            m.put("state", x.confirmed() ? "confirmed" : "pending");
            m.put("consentTextVersion", x.consentVersion());
            m.put("consentGivenAt", x.consentAt().toString());
            m.put("confirmedAt", x.confirmedAt().map(Instant::toString).orElse(null));
            m.put("issuesSent", Deliveries.sentTo(repository, x.id()));
            return m;
        });
    }

    /** Unsubscribes and erases the subscriber of this link; true when there was one. */
    public boolean erase(String ownToken) {
        Optional<String> id = keys.check(ownToken);
        if (id.isEmpty()) return false;
        return repository.write(s -> {
            Optional<Node> n = SubscriberStore.node(s, id.get());
            if (n.isEmpty()) return false;
            n.get().remove();
            return true;
        });
    }

    /** Erases sign-ups whose confirmation link expired unused; returns how many. */
    public int sweep() {
        Instant now = clock.instant();
        return repository.write(s -> {
            int removed = 0;
            for (Node n : SubscriberStore.all(s)) {
                if (!"pending".equals(SubscriberStore.str(n, "state"))) continue;
                if (SubscriberStore.date(n, "tokenExpires").orElse(Instant.EPOCH).isBefore(now)) {
                    n.remove();
                    removed++;
                }
            }
            return removed;
        });
    }
}
