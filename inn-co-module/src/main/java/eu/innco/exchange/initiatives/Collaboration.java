package eu.innco.exchange.initiatives;

import eu.innco.content.ContentService;
import eu.innco.exchange.abuse.AbuseReports;
import eu.innco.exchange.abuse.PublishedItems;
import eu.innco.exchange.contact.ContactMessages;
import eu.innco.exchange.contact.DecisionMails;
import eu.innco.exchange.contact.ExchangeMail;
import eu.innco.exchange.contact.ReportedMessages;
import eu.innco.i18n.messages.Messages;
import eu.innco.mail.Outbox;
import eu.innco.network.Network;
import eu.innco.publishing.Publishing;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What members do together, built once: joint initiatives and partners, messages between members,
 * and abuse reports over both (and over any published item of the reportable types).
 */
public final class Collaboration implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Collaboration.class);
    private final java.util.concurrent.ScheduledExecutorService sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "innco-contact-sweep");
        t.setDaemon(true);
        return t;
    });
    public final InitiativeValidator validator;
    public final Initiatives initiatives;
    public final Partners partners;
    public final CaseStudyDrafts caseStudies;
    public final ContactMessages contact;
    public final AbuseReports abuse;
    public final PublishedItems reportable;
    private final Departure departure;

    /**
     * {@code publicOrganisation}: whether an organisation is public now; {@code reportable}: the
     * content types anyone may report; {@code perDay}: messages a member organisation may send a day.
     */
    public Collaboration(ContentRepository repository, ContentService content, Publishing publishing, Network network, Messages messages,
                         Outbox outbox, Predicate<String> publicOrganisation, Set<String> reportable, int perDay, Clock clock) {
        ExchangeMail mail = new ExchangeMail(messages);
        this.validator = new InitiativeValidator(content.types());
        this.contact = new ContactMessages(repository, network.accounts, outbox, mail, publicOrganisation, perDay, clock);
        this.reportable = new PublishedItems(repository, content.types(), publishing.publication, reportable, network.accounts::countryOf);
        this.abuse = new AbuseReports(repository, List.of(this.reportable, new ReportedMessages(repository, contact, network.accounts::countryOf)),
                publishing.audit, new DecisionMails(network.accounts, outbox, mail), clock);
        this.initiatives = new Initiatives(repository, content, publishing.publication, abuse, publishing.audit);
        this.partners = new Partners(initiatives, repository, network.accounts, outbox, mail, abuse::held, clock);
        this.departure = new Departure(repository, content, publishing.publication, abuse::held, initiatives);
        this.caseStudies = new CaseStudyDrafts(repository, content, initiatives, publishing.audit, network.accounts::countryOf);
    }

    /** Starts the hourly removal of message records past their time ({@link ContactMessages#KEPT}). */
    public void start() {
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                contact.sweep();
            } catch (RuntimeException e) {
                LOG.warn("contact sweep failed: {}", e.getClass().getSimpleName());
            }
        }, 5, 60, java.util.concurrent.TimeUnit.MINUTES);
    }

    /** What the exchange holds about an organisation, for its data export: initiatives, interest, message records, blocks. */
    public com.fasterxml.jackson.databind.node.ObjectNode export(String organisation) {
        var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        var own = out.putArray("initiatives");
        for (String id : initiatives.ids(organisation)) own.add(initiatives.json(id));
        var interest = out.putArray("interestExpressed");
        for (var i : partners.expressed(organisation)) interest.addPOJO(i);
        var messages = out.putArray("messages");
        for (var c : contact.of(organisation)) {
            messages.addObject().put("id", c.id()).put("from", c.fromOrganisation()).put("to", c.toOrganisation())
                    .put("sent", eu.innco.contenttype.field.Dates.format(c.created())).put("answered", c.replied()).put("state", c.state());
        }
        var blocked = out.putArray("blocked");
        contact.blockedBy(organisation).forEach(blocked::add);
        return out;
    }

    /** An organisation left the network: what it wrote and the records about it go; see {@link Departure} for its initiatives. */
    public void organisationLeft(String organisation) {
        List<String> own = initiatives.ids(organisation);
        partners.forget(organisation, own);
        contact.forget(organisation);
        departure.run(organisation);
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
