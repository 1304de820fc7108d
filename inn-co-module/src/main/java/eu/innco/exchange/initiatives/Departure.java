package eu.innco.exchange.initiatives;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.Precondition;
import eu.innco.publishing.PublicationService;
import eu.innco.repository.ContentRepository;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What leaving the network does to initiatives (docs/decisions.md, "Leaving the exchange"): the
 * organisation's own initiatives are deleted, except one a case study links to, which stays
 * unpublished because the case study's editors cite it; and the organisation is taken out of the
 * partner lists of other members' initiatives, which are published again without it.
 */
final class Departure {
    private final ContentRepository repository;
    private final ContentService content;
    private final PublicationService publication;
    private final Predicate<String> held;
    private final Initiatives initiatives;

    Departure(ContentRepository repository, ContentService content, PublicationService publication, Predicate<String> held, Initiatives initiatives) {
        this.repository = repository;
        this.initiatives = initiatives;
        this.content = content;
        this.publication = publication;
        this.held = held;
    }

    void run(String organisation) {
        for (String id : Ids.of(repository, content, Initiatives.TYPE, organisation)) {
            unpublish(id);
            if (!citedByCaseStudy(id)) content.delete(Actor.SYSTEM, Initiatives.TYPE, id, Precondition.ANY, true);
        }
        for (String id : withPartner(organisation)) {
            ObjectNode patch = JsonNodeFactory.instance.objectNode();
            ArrayNode partners = patch.putObject("properties").putArray("partners");
            for (var p : initiatives.json(id).path("properties").path("partners")) if (!p.asText().equals(organisation)) partners.add(p.asText());
            ContentItem saved = content.patch(Actor.SYSTEM, Initiatives.TYPE, id, patch, Precondition.ANY);
            List<String> locales = new ArrayList<>();
            saved.locales().forEach((l, s) -> { if (s.published() != null) locales.add(l); });
            if (!locales.isEmpty() && !held.test(id)) {
                publication.publish(Actor.SYSTEM, Initiatives.TYPE, id, locales, "exchange: a partner left the network", false);
            }
        }
    }

    private void unpublish(String id) {
        try {
            publication.unpublish(Actor.SYSTEM, Initiatives.TYPE, id, List.of(), true);
        } catch (InncoException e) {
            if (e.errorCode() != ErrorCode.PUBLISH_003) throw e; // not public anywhere
        }
    }

    private boolean citedByCaseStudy(String id) {
        return !Ids.withValue(repository, content, "caseStudy", "initiative", id).isEmpty();
    }

    private List<String> withPartner(String organisation) {
        return Ids.withValue(repository, content, Initiatives.TYPE, "partners", organisation);
    }
}
