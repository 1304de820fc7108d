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
public final class Collaboration {
    public final InitiativeValidator validator;
    public final Initiatives initiatives;
    public final Partners partners;
    public final CaseStudyDrafts caseStudies;
    public final ContactMessages contact;
    public final AbuseReports abuse;
    public final PublishedItems reportable;

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
        this.caseStudies = new CaseStudyDrafts(content, initiatives, publishing.audit, network.accounts::countryOf);
    }
}
