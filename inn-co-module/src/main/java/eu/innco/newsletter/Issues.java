package eu.innco.newsletter;

import eu.innco.site.SiteLocales;
import eu.innco.i18n.messages.Messages;
import eu.innco.mail.MailMessage;
import eu.innco.mail.Outbox;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.jcr.Node;

/**
 * Newsletter issues: made from a campaign as a draft, changed while a draft, previewed and sent
 * as a test per language, then queued for the sender. Who may do what is the web side's business
 * (the editor's roles); this class keeps the state and the audit trail.
 */
public final class Issues {
    private final ContentRepository repository;
    private final Messages messages;
    private final SiteLocales locales;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Supplier<String> base;
    private final Clock clock;
    private Runnable wake = () -> {};

    Issues(ContentRepository repository, Messages messages, SiteLocales locales, Outbox outbox, AuditLog audit, Supplier<String> base,
           Clock clock) {
        this.repository = repository;
        this.messages = messages;
        this.locales = locales;
        this.outbox = outbox;
        this.audit = audit;
        this.base = base;
        this.clock = clock;
    }

    void onQueued(Runnable wake) {
        this.wake = wake;
    }

    /** A new draft; returns its id. */
    public String create(String user, String campaignId, String campaignCode, String partner, String topic, Map<String, IssueText> texts) {
        String id = UUID.randomUUID().toString();
        repository.write(s -> {
            Node n = IssueStore.create(s, id);
            n.setProperty("campaign", campaignId);
            n.setProperty("campaignCode", campaignCode);
            n.setProperty("partner", partner);
            n.setProperty("topic", topic);
            n.setProperty("createdBy", user);
            SubscriberStore.setDate(n, "created", clock.instant());
            n.setProperty("state", "draft");
            IssueStore.writeTexts(n, texts);
            audit.record(s, AuditEntry.of(user, "newsletter.create", "newsletter", id, "", List.of(), null, campaignCode));
            return null;
        });
        return id;
    }

    /** Changes a draft's topic and texts; false when it is no longer a draft. */
    public boolean update(String id, String topic, Map<String, IssueText> texts) {
        return repository.write(s -> {
            if (!s.nodeExists(IssueStore.path(id))) return false;
            Node n = s.getNode(IssueStore.path(id));
            if (!"draft".equals(SubscriberStore.str(n, "state"))) return false;
            n.setProperty("topic", topic);
            IssueStore.writeTexts(n, texts);
            return true;
        });
    }

    public Optional<Issue> find(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) return Optional.empty();
        return repository.read(s -> s.nodeExists(IssueStore.path(id)) ? Optional.of(IssueStore.read(s.getNode(IssueStore.path(id))))
                : Optional.<Issue>empty());
    }

    /** Every issue, newest first. */
    public List<Issue> all() {
        return repository.read(IssueStore::all);
    }

    /** The recipients the editor should know about: refused by the SMTP server, or uncertain after a crash. */
    public List<Map<String, String>> problems(String id) {
        return repository.read(s -> s.nodeExists(IssueStore.path(id)) ? Deliveries.problems(s.getNode(IssueStore.path(id))) : List.of());
    }

    /** Queues a draft for sending (audited); false when it is not a draft. */
    public boolean send(String id, String user) {
        boolean queued = repository.write(s -> {
            if (!s.nodeExists(IssueStore.path(id))) return false;
            Node n = s.getNode(IssueStore.path(id));
            if (!"draft".equals(SubscriberStore.str(n, "state"))) return false;
            n.setProperty("state", "queued");
            n.setProperty("sentBy", user);
            SubscriberStore.setDate(n, "queuedAt", clock.instant());
            audit.record(s, AuditEntry.of(user, "newsletter.send", "newsletter", id, "", List.of(), null, SubscriberStore.str(n, "campaignCode")));
            return true;
        });
        if (queued) wake.run();
        return queued;
    }

    /** The mail a subscriber in {@code locale} gets, as HTML (links with a placeholder token); empty when no language has a subject. */
    public Optional<String> preview(Issue issue, String locale) {
        return mail(issue, locale).map(IssueMail::preview);
    }

    /** Sends the issue as a subscriber in {@code locale} would get it, marked as a test, to one address (through the outbox). */
    public boolean test(Issue issue, String locale, String address) {
        Optional<IssueMail> m = mail(issue, locale);
        if (m.isEmpty()) return false;
        MailMessage real = m.get().to(address, "preview", ownBase(locale));
        outbox.enqueue(new MailMessage(address, messages.format("newsletter.issue.testPrefix", locale) + " " + real.subject(), real.text(),
                real.html(), Map.of("Content-Language", m.get().language())));
        return true;
    }

    Optional<IssueMail> mail(Issue issue, String locale) {
        return issue.resolve(locales.chain(locale)).map(language -> new IssueMail(messages, issue, language, ownBase(locale)));
    }

    String ownBase(String locale) {
        return base.get() + "/" + locale + "/newsletter/";
    }

    /** Marks a sending issue done when no recipient waits or is claimed; true when it did. */
    boolean finishIfDone(String id) {
        return repository.write(s -> {
            Node n = s.getNode(IssueStore.path(id));
            if (!"sending".equals(SubscriberStore.str(n, "state")) || !Deliveries.finished(n)) return false;
            n.setProperty("state", "done");
            SubscriberStore.setDate(n, "doneAt", clock.instant());
            return true;
        });
    }
}
