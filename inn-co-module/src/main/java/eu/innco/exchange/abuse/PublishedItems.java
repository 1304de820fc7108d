package eu.innco.exchange.abuse;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.publishing.PublicationService;
import eu.innco.repository.ContentRepository;
import eu.innco.security.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.jcr.Node;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;

/**
 * Published content items of the configured types (initiatives, offers, needs): hiding withdraws
 * every public locale through the one publication path, so the delivery index, and with it every
 * public answer, drops the item in the same commit; restoring publishes those locales again. The
 * owner is the item's {@code organisation} reference; the country is the item's own
 * {@code country} if it has one, else its owner's.
 */
public final class PublishedItems implements AbuseTarget {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final PublicationService publication;
    private final Set<String> kinds;
    private final UnaryOperator<String> countryOfOrganisation;

    /** {@code kinds}: the type names that may be reported; names of types that do not exist (yet) are ignored. */
    public PublishedItems(ContentRepository repository, ContentTypeRegistry types, PublicationService publication, Set<String> kinds,
                          UnaryOperator<String> countryOfOrganisation) {
        this.repository = repository;
        this.types = types;
        this.publication = publication;
        this.kinds = kinds.stream().filter(k -> types.get(k).isPresent()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.countryOfOrganisation = countryOfOrganisation;
    }

    public Set<String> kinds() {
        return kinds;
    }

    @Override
    public boolean handles(String kind) {
        return kinds.contains(kind);
    }

    @Override
    public Optional<Subject> find(String kind, String id) {
        ContentTypeDefinition type = types.require(kind);
        return repository.read(s -> {
            Node n;
            try {
                n = s.getNodeByIdentifier(id);
            } catch (javax.jcr.ItemNotFoundException | IllegalArgumentException e) {
                return Optional.<Subject>empty();
            }
            if (!n.isNodeType(type.nodeType()) || !n.getPath().startsWith(type.rootPath())) return Optional.<Subject>empty();
            String organisation = string(n, "organisation");
            String country = string(n, "country");
            if (country.isEmpty()) country = countryOfOrganisation.apply(organisation);
            return Optional.of(new Subject(organisation, country, title(n)));
        });
    }

    @Override
    public List<String> hide(String kind, String id) {
        try {
            return publication.unpublish(Actor.SYSTEM, kind, id, List.of(), true).locales();
        } catch (InncoException e) {
            if (e.errorCode() == ErrorCode.PUBLISH_003) return List.of(); // not public anywhere: nothing to take down
            throw e;
        }
    }

    @Override
    public void restore(String kind, String id, List<String> state) {
        if (!state.isEmpty()) publication.publish(Actor.SYSTEM, kind, id, state, "abuse report: restored after review", false);
    }

    private static String string(Node n, String name) throws RepositoryException {
        return n.hasProperty(name) && !n.getProperty(name).isMultiple() ? n.getProperty(name).getString() : "";
    }

    /** The title in whichever language it was written ({@code title} or {@code title_<locale>}), else the node name. */
    private static String title(Node n) throws RepositoryException {
        if (n.hasProperty("title")) return n.getProperty("title").getString();
        for (PropertyIterator it = n.getProperties("title_*"); it.hasNext(); ) return it.nextProperty().getString();
        return n.getName();
    }
}
