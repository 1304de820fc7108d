package eu.innco.content;

import eu.innco.security.Actor;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Work that must happen in the same repository commit as a change of a working copy: the audit
 * entry of the change, and unpublishing an item that is being deleted. Throwing refuses the change.
 */
public interface ContentWriteHook {
    /** After the item's values are written, before the save. */
    default void written(Session session, Node item, ContentEvent event) throws RepositoryException {}

    /** Before the item is removed; {@code force} says the client accepted breaking references to it. */
    default void deleting(Session session, Node item, Actor actor, boolean force) throws RepositoryException {}
}
