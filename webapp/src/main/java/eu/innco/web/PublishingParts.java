package eu.innco.web;

import eu.innco.content.ContentService;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.i18n.SiteLocales;
import eu.innco.publishing.AuditLog;
import eu.innco.publishing.LiveReader;
import eu.innco.publishing.PublicationEvents;
import eu.innco.publishing.PublicationService;
import eu.innco.publishing.PublishingHooks;
import eu.innco.publishing.Referrers;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import java.time.Clock;

/**
 * The publishing feature wired onto a content service: audit, events, the publication service with
 * its hooks on every write, and the public reader. Shared by the server and the commands.
 */
public record PublishingParts(PublicationEvents events, AuditLog audit, PublicationService publication, LiveReader reader) {
    static PublishingParts wire(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales,
                                ContentService content, AccessPolicy policy, Clock clock) {
        repository.write(s -> { Referrers.installIndex(s); return null; });
        PublicationEvents events = new PublicationEvents();
        AuditLog audit = new AuditLog(repository, clock);
        PublicationService publication = new PublicationService(repository, types, locales, content.nodes(), policy, audit, events, clock);
        PublishingHooks hooks = new PublishingHooks(publication, types);
        content.addHook(hooks);
        content.addListener(hooks);
        return new PublishingParts(events, audit, publication, new LiveReader(repository, types, locales, content.nodes()));
    }
}
