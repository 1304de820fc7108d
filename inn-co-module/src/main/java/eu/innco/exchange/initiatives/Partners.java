package eu.innco.exchange.initiatives;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.exchange.contact.ExchangeMail;
import eu.innco.mail.Outbox;
import eu.innco.network.Member;
import eu.innco.network.MemberAccounts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Interest in initiatives and accepting partners. Interest is one short plain-text message per
 * organisation and initiative, kept apart from the public item; the proposer's contact person is
 * told by mail (the message itself stays on the platform, with no address in it).
 */
public final class Partners {
    public static final int MESSAGE_MIN = 10;
    public static final int MESSAGE_MAX = 1000;

    /** What became of an expression of interest. */
    public enum Outcome { SENT, OWN, CLOSED, AGAIN, HELD }

    private final Initiatives initiatives;
    private final InterestStore store;
    private final MemberAccounts accounts;
    private final Outbox outbox;
    private final ExchangeMail mail;
    private final Predicate<String> held;
    private final Clock clock;

    public Partners(Initiatives initiatives, eu.innco.repository.ContentRepository repository, MemberAccounts accounts, Outbox outbox,
                    ExchangeMail mail, Predicate<String> held, Clock clock) {
        this.initiatives = initiatives;
        this.store = new InterestStore(repository);
        this.accounts = accounts;
        this.outbox = outbox;
        this.mail = mail;
        this.held = held;
        this.clock = clock;
    }

    /** A member's interest (the message checked by the caller); the proposer's contact gets a mail linking to the account page. */
    public Outcome express(Member m, String id, String message, String base) {
        if (held.test(id)) return Outcome.HELD;
        JsonNode p = initiatives.json(id).path("properties");
        String owner = p.path("organisation").asText();
        if (owner.equals(m.organisation())) return Outcome.OWN;
        if (!"open".equals(p.path("status").asText())) return Outcome.CLOSED;
        if (store.find(id, m.organisation()).isPresent()) return Outcome.AGAIN;
        store.add(id, m.organisation(), m.username(), message.strip(), clock.instant());
        List<Member> people = accounts.people(owner);
        if (!people.isEmpty()) {
            Member contact = people.get(0);
            String locale = accounts.uiLocale(contact.username());
            JsonNode title = p.path("title");
            String t = title.path(locale).asText(title.elements().hasNext() ? title.elements().next().asText() : "");
            outbox.enqueue(mail.build("exchange.interest.mail", locale, contact.email(), contact.name(),
                    Map.of("organisation", accounts.nameOf(m.organisation()), "title", t), message.strip(),
                    ExchangeMail.links("exchange.interest.mail.action", base + "/" + locale + "/account/initiatives/" + id)));
        }
        return Outcome.SENT;
    }

    /** The interest the proposer received, with each organisation's name; only for the proposer. */
    public List<Map<String, Object>> received(Member m, String id) {
        initiatives.own(m, id);
        return store.of(id).stream().map(i -> Map.<String, Object>of("organisation", i.organisation(), "name", accounts.nameOf(i.organisation()),
                "message", i.message(), "accepted", i.accepted())).toList();
    }

    /** The interest an organisation expressed, for its data export: initiative, message, when, accepted. */
    public List<Map<String, Object>> expressed(String organisation) {
        return store.by(organisation).stream().map(e -> Map.<String, Object>of("initiative", e.getKey(), "message", e.getValue().message(),
                "created", eu.innco.contenttype.field.Dates.format(e.getValue().created()), "accepted", e.getValue().accepted())).toList();
    }

    /** Removes an organisation's interest messages and those its initiatives received (it left the network). */
    void forget(String organisation, List<String> ownInitiatives) {
        store.forget(organisation, ownInitiatives);
    }

    /** The proposer accepts an interested organisation as a partner: listed on the initiative at once. */
    public void accept(Member m, String id, String organisation) {
        initiatives.own(m, id);
        if (store.find(id, organisation).isEmpty()) throw InncoException.notFound(ErrorCode.EXCHANGE_404, "This organisation has not expressed interest.");
        initiatives.addPartner(m, id, organisation);
        store.accept(id, organisation);
    }
}
