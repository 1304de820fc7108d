package eu.innco.publishing;

import eu.innco.content.ContentEvent;
import eu.innco.content.ContentWriteHook;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * What publishing adds to every change of a working copy, inside its commit: an audit entry, and
 * for a delete, unpublishing the item everywhere first (refused while published items refer to it,
 * unless forced). The unpublish events go out after the commit.
 */
public final class PublishingHooks implements ContentWriteHook, eu.innco.content.ContentListener {
    private final PublicationService publication;
    private final AuditLog audit;
    private final ContentTypeRegistry types;
    private final ThreadLocal<List<PublicationEvent>> pending = ThreadLocal.withInitial(ArrayList::new);

    public PublishingHooks(PublicationService publication, ContentTypeRegistry types) {
        this.publication = publication;
        this.audit = publication.audit();
        this.types = types;
    }

    @Override
    public void written(Session s, Node item, ContentEvent e) throws RepositoryException {
        audit.record(s, AuditEntry.of(e.user(), action(e.kind()), e.type(), e.id(), e.path(),
                e.locales(), null, ""));
    }

    private static String action(ContentEvent.Kind kind) {
        return switch (kind) {
            case CREATED -> "create";
            case UPDATED -> "update";
            case DELETED -> "delete";
        };
    }

    @Override
    public void deleting(Session s, Node item, Actor actor, boolean force) throws RepositoryException {
        // by workspace first: types without a model.nodeType all share Magnolia's mgnl:content
        String workspace = item.getPath().split("/")[1];
        String typeName = types.byWorkspace(workspace).or(() -> {
            try {
                return types.byNodeType(item.getPrimaryNodeType().getName());
            } catch (RepositoryException e) {
                throw new IllegalStateException(e);
            }
        }).orElseThrow().name();
        pending.get().clear();
        pending.get().addAll(publication.unpublishForDelete(s, types.require(typeName), item, actor, force));
    }

    @Override
    public void changed(ContentEvent event) {
        if (event.kind() != ContentEvent.Kind.DELETED) return;
        List<PublicationEvent> events = List.copyOf(pending.get());
        pending.get().clear();
        publication.fire(events);
    }
}
