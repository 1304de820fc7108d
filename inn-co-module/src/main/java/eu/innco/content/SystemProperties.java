package eu.innco.content;

import eu.innco.contenttype.field.Dates;
import java.time.Instant;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Magnolia's system properties, kept on every write: who created and last changed a node, and when. */
public final class SystemProperties {
    public static final String CREATED = "mgnl:created";
    public static final String CREATED_BY = "mgnl:createdBy";
    public static final String LAST_MODIFIED = "mgnl:lastModified";
    public static final String LAST_MODIFIED_BY = "mgnl:lastModifiedBy";
    public static final String LAST_ACTIVATED = "mgnl:lastActivated";
    public static final String LAST_ACTIVATED_BY = "mgnl:lastActivatedBy";
    public static final String ACTIVATION_STATUS = "mgnl:activationStatus";
    /** Our write counter, behind ETags: one more on every saved change of the item. */
    public static final String REVISION = "innco:revision";

    private SystemProperties() {}

    static void created(Node node, String user, Instant now) throws RepositoryException {
        node.setProperty(CREATED, Dates.calendar(now));
        node.setProperty(CREATED_BY, user);
        node.setProperty(LAST_MODIFIED, Dates.calendar(now));
        node.setProperty(LAST_MODIFIED_BY, user);
    }

    static void modified(Node node, String user, Instant now) throws RepositoryException {
        node.setProperty(LAST_MODIFIED, Dates.calendar(now));
        node.setProperty(LAST_MODIFIED_BY, user);
        long rev = node.hasProperty(REVISION) ? node.getProperty(REVISION).getLong() : 0;
        node.setProperty(REVISION, rev + 1);
    }

    public static Instant instant(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getDate().toInstant() : null;
    }

    public static String string(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getString() : null;
    }
}
