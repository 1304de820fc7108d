package eu.innco.publishing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.content.Precondition;
import eu.innco.content.ValueChange;
import eu.innco.content.ValueDiff;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.repository.ContentRepository;
import java.time.Clock;
import java.util.List;
import javax.jcr.Node;

/** Versions of an item: list, read, save by hand, compare two (or one with the working copy), restore. */
public final class VersionService {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final ItemNodes nodes;
    private final AccessPolicy policy;
    private final ContentService content;
    private final VersionStore store;
    private final AuditLog audit;
    private final Clock clock;

    public VersionService(ContentRepository repository, ContentService content, PublicationService publication,
                          AccessPolicy policy, Clock clock) {
        this.repository = repository;
        this.types = content.types();
        this.nodes = content.nodes();
        this.policy = policy;
        this.content = content;
        this.store = publication.versionStore();
        this.audit = publication.audit();
        this.clock = clock;
    }

    public List<VersionInfo> list(Actor actor, String type, String id) {
        ContentTypeDefinition t = types.require(type);
        return repository.read(s -> {
            Node n = nodes.find(s, t, id);
            policy.check(actor, Action.READ_DRAFT, ContentService.ownership(n));
            return store.list(s, n.getIdentifier());
        });
    }

    public Version read(Actor actor, String type, String id, long number) {
        ContentTypeDefinition t = types.require(type);
        return repository.read(s -> {
            Node n = nodes.find(s, t, id);
            policy.check(actor, Action.READ_DRAFT, ContentService.ownership(n));
            return store.read(s, t, n.getIdentifier(), number).orElseThrow(() -> missing(number));
        });
    }

    /** Saves the working copy as a version, with a comment. */
    public VersionInfo save(Actor actor, String type, String id, String comment) {
        ContentTypeDefinition t = types.require(type);
        return repository.write(s -> {
            Node n = nodes.find(s, t, id);
            policy.check(actor, Action.UPDATE, ContentService.ownership(n));
            ItemValues values = nodes.values().read(n, t.properties());
            VersionInfo v = store.create(s, t, n.getIdentifier(), n.getName(), values, actor.username(), clock.instant(), "manual", List.of(), comment);
            audit.record(s, AuditEntry.of(actor.username(), "version", t.name(), n.getIdentifier(), n.getPath(), List.of(), v.number(),
                    comment == null ? "" : comment));
            return v;
        });
    }

    /** The differences from version {@code from} to version {@code to} (null: the working copy). */
    public List<ValueChange> compare(Actor actor, String type, String id, long from, Long to) {
        ContentTypeDefinition t = types.require(type);
        return repository.read(s -> {
            Node n = nodes.find(s, t, id);
            policy.check(actor, Action.READ_DRAFT, ContentService.ownership(n));
            ItemValues a = store.read(s, t, n.getIdentifier(), from).orElseThrow(() -> missing(from)).values();
            ItemValues b = to == null ? nodes.values().read(n, t.properties())
                    : store.read(s, t, n.getIdentifier(), to).orElseThrow(() -> missing(to)).values();
            return ValueDiff.diff(t.properties(), a, b);
        });
    }

    /** Copies a version's values into the working copy, which is then a draft to publish again. */
    public ContentItem restore(Actor actor, String type, String id, long number, Precondition precondition) {
        Version v = read(actor, type, id, number);
        ContentTypeDefinition t = types.require(type);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("properties", content.valuesJson().write(t.properties(), v.values()));
        ContentItem restored = content.replace(actor, type, id, body, precondition);
        audit.recordNow(AuditEntry.of(actor.username(), "restore", type, restored.id(), restored.path(), List.of(), number,
                "version " + number + " copied into the working copy"));
        return restored;
    }

    private static InncoException missing(long number) {
        return InncoException.notFound(ErrorCode.VERSION_001, "There is no version " + number + " of this item.").withArgs(number);
    }
}
