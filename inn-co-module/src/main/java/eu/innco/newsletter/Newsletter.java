package eu.innco.newsletter;

import eu.innco.site.SiteLocales;
import eu.innco.i18n.messages.Messages;
import eu.innco.mail.Mailer;
import eu.innco.mail.Outbox;
import eu.innco.publishing.AuditLog;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The newsletter feature: {@link #subscriptions} (the subscriber's side) and {@link #issues} (the
 * editor's side), and the sender that works through queued issues in the background.
 */
public final class Newsletter implements AutoCloseable {
    /** The version of the consent text ({@code newsletter.consent} in the bundles); a new wording is a new date here. */
    public static final String CONSENT_VERSION = "2026-12-06";

    public final Subscriptions subscriptions;
    public final Issues issues;
    public final NewsletterSettings settings;
    private final NewsletterSender sender;

    /** {@code base}: the site's public address, asked for when a mail is made (never a request's Host). */
    public Newsletter(ContentRepository repository, Messages messages, SiteLocales locales, Outbox outbox, AuditLog audit,
                      NewsletterSettings settings, Supplier<String> base, Clock clock) {
        this.settings = settings;
        SubscriberKeys keys = new SubscriberKeys(repository);
        this.subscriptions = new Subscriptions(repository, keys, new NewsletterMails(messages), outbox, clock);
        this.issues = new Issues(repository, messages, locales, outbox, audit, base, clock);
        this.sender = new NewsletterSender(repository, issues, subscriptions, new Mailer(outbox.settings()), outbox.sends(), settings, clock);
        issues.onQueued(sender::wake);
    }

    public void start() {
        sender.start();
    }

    /** One sending round now, in the caller's thread (tests, benchmarks). */
    public void sendNow() {
        sender.round();
    }

    @Override
    public void close() {
        sender.close();
    }
}
