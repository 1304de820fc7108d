package eu.innco.exports;

import eu.innco.publishing.PublicationService;
import eu.innco.publishing.PublishTarget;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes what an import asks for, as one release: items that refer to each other go public
 * together. Here, beside the importer, so that exports use publishing and not the other way round.
 */
public final class ImportPublication implements ImportPublisher {
    private final PublicationService publication;

    public ImportPublication(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public void publish(Actor actor, List<Request> requests) {
        List<PublishTarget> targets = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (Request r : requests) {
            targets.add(new PublishTarget(r.type(), r.id(), r.locales()));
            prefixes.add(r.type() + "." + r.id() + ".");
        }
        // referenced items the files leave as drafts are published with their referrers: public content never points at a draft
        publication.publishTogether(actor, targets, prefixes, true, "", "import", null);
    }
}
