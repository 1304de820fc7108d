package eu.innco.publishing;

import eu.innco.content.ContentService;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import java.time.Clock;

/** The publishing feature's parts, built together and hooked into the content service. */
public final class Publishing {
    public final AuditLog audit;
    public final PublicationEvents events = new PublicationEvents();
    public final PublicationService publication;
    public final VersionService versions;
    public final PublicReader reader;
    public final ImportPublication importPublisher;

    public Publishing(ContentRepository repository, ContentService content, AccessPolicy policy, Clock clock) {
        repository.write(s -> { Referrers.installIndex(s); return null; });
        this.audit = new AuditLog(repository, clock);
        this.publication = new PublicationService(repository, content.types(), content.locales(), content.nodes(), policy, audit,
                events, clock);
        PublishingHooks hooks = new PublishingHooks(publication, content.types());
        content.addHook(hooks);
        content.addListener(hooks);
        this.versions = new VersionService(repository, content, publication, policy, clock);
        this.reader = new LiveReader(repository, content.types(), content.locales(), content.nodes());
        this.importPublisher = new ImportPublication(publication);
    }
}
