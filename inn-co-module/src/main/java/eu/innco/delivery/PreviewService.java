package eu.innco.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.ItemNodes;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * The delivery shape rendered from working copies, for editors and preview links: the same
 * renderer, the same query parameters, but read from the drafts (never from the public index,
 * which must never hold them). Lists index the type's working copies in memory per request: fine
 * for previewing, not meant for traffic.
 */
public final class PreviewService {
    private final ContentRepository repository;
    private final ContentService content;
    private final AccessPolicy policy;
    private final SiteLocales site;
    private final EndpointRegistry endpoints;
    private final DeliveryService delivery;
    private final ItemProjection projection;
    private final NodeRenderer renderer;

    public PreviewService(ContentRepository repository, ContentService content, AccessPolicy policy, DeliveryService delivery) {
        this.repository = repository;
        this.content = content;
        this.policy = policy;
        this.site = delivery.site();
        this.endpoints = delivery.endpoints();
        this.delivery = delivery;
        this.renderer = new NodeRenderer(site, new eu.innco.workspace.PlainNodes(repository));
        this.projection = new ItemProjection(renderer);
    }

    /** A working copy, or a child node inside one, by its path below the endpoint's workspace. */
    public Optional<StoredNode> byPath(Actor actor, String endpoint, String locale, String path) {
        EndpointDefinition ep = endpoints.require(endpoint);
        for (SubNodes.Split split : SubNodes.splits(path, ep.depth())) {
            String p = ep.type().rootPath() + split.itemPath();
            Optional<ContentItem> item = repository.read(s -> {
                if (p.contains("/.") || !s.nodeExists(p)) return Optional.<ContentItem>empty();
                return readable(s, actor, ep.type(), s.getNode(p));
            });
            if (item.isPresent()) {
                Optional<ObjectNode> json = render(actor, ep, item.get(), locale);
                return split.childNames().isEmpty() ? json.map(j -> stored(j, locale))
                        : json.flatMap(j -> SubNodes.at(j, split.childNames()).map(c -> stored(SubNodes.answer(j, c), locale)));
            }
        }
        return Optional.empty();
    }

    /** A working copy by id, or a child node by its id (found by rendering the type's working copies: preview is not for traffic). */
    public Optional<StoredNode> byId(Actor actor, String endpoint, String locale, String id) {
        EndpointDefinition ep = endpoints.require(endpoint);
        Optional<ContentItem> item = workingCopy(actor, ep.type(), id);
        if (item.isPresent()) return render(actor, ep, item.get(), locale).map(j -> stored(j, locale));
        if (ep.depth() == 0) return Optional.empty();
        for (ContentItem c : all(actor, ep.type())) {
            Optional<ObjectNode> json = render(actor, ep, c, locale);
            Optional<ObjectNode> child = json.flatMap(j -> SubNodes.withId(j, id.toLowerCase()));
            if (child.isPresent()) return Optional.of(stored(SubNodes.answer(json.get(), child.get()), locale));
        }
        return Optional.empty();
    }

    private static StoredNode stored(ObjectNode answer, String locale) {
        byte[] bytes = ItemProjection.bytes(answer);
        // preview renders per request anyway: the rendered tree says where its values came from
        return new StoredNode(bytes, DocumentBuilder.etag(locale, bytes), answer.path("@locale").asText(locale));
    }

    public Page query(Actor actor, String endpoint, String locale, Map<String, List<String>> params) {
        EndpointDefinition ep = endpoints.require(endpoint);
        policy.check(actor, Action.READ_DRAFT, eu.innco.security.Ownership.NEW);
        DeliveryQuery q = delivery.parser().parse(ep, locale, params);
        try (DeliveryIndex scratch = DeliveryIndex.open(null, delivery.analyzers())) {
            Targets targets = targets(actor);
            for (ContentItem c : all(actor, ep.type())) {
                scratch.add(projection.documents(ep, RenderInput.workingCopy(c, ep.type(), site), targets));
            }
            scratch.commit("preview");
            return IndexSearch.page(scratch, q, q.geoJson() && !params.containsKey("limit"));
        }
    }

    private Optional<ObjectNode> render(Actor actor, EndpointDefinition ep, ContentItem c, String locale) {
        if (!ep.covers(c.path())) return Optional.empty();
        return renderer.render(ep, RenderInput.workingCopy(c, ep.type(), site), locale, targets(actor));
    }

    private Targets targets(Actor actor) {
        return (type, id) -> content.types().get(type)
                .flatMap(t -> workingCopy(actor, t, id).map(c -> RenderInput.workingCopy(c, t, site)));
    }

    private Optional<ContentItem> workingCopy(Actor actor, ContentTypeDefinition type, String id) {
        return repository.read(s -> {
            Node n = content.nodes().findOrNull(s, type, id);
            return n == null ? Optional.<ContentItem>empty() : readable(s, actor, type, n);
        });
    }

    private Optional<ContentItem> readable(Session s, Actor actor, ContentTypeDefinition type, Node n) throws RepositoryException {
        if (!n.getPrimaryNodeType().getName().equals(type.nodeType())) return Optional.empty();
        if (!policy.allows(actor, Action.READ_DRAFT, ContentService.ownership(n))) {
            throw InncoException.forbidden("User '" + actor.username() + "' may not preview this item.");
        }
        return Optional.of(content.nodes().toItem(n, type));
    }

    private List<ContentItem> all(Actor actor, ContentTypeDefinition type) {
        return repository.read(s -> {
            List<ContentItem> out = new ArrayList<>();
            if (!s.nodeExists(type.rootPath())) return out;
            ItemNodes nodes = content.nodes();
            for (NodeIterator it = s.getNode(type.rootPath()).getNodes(); it.hasNext(); ) {
                Node n = it.nextNode();
                if (n.getPrimaryNodeType().getName().equals(type.nodeType())
                        && policy.allows(actor, Action.READ_DRAFT, ContentService.ownership(n))) {
                    out.add(nodes.toItem(n, type));
                }
            }
            return out;
        });
    }
}
