package eu.innco.content;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Where an item imported from Magnolia sits in Magnolia's tree. Its node here is named by a slug
 * and kept flat in the content type's folder, as every item is; Magnolia's path below the
 * workspace (folders and the node's own name, such as {@code /asia/Kyoto--Japan}) is kept beside
 * it, and what is published carries that name and path, so that a Magnolia client reads back the
 * {@code @path} it was given. Items made here have none and are published under their own.
 */
public final class MagnoliaPlace {
    /** Magnolia's path of the item below its workspace, {@code /<folder>/.../<name>}. */
    public static final String PATH = "innco:magnoliaPath";

    private MagnoliaPlace() {}

    public static boolean isMagnolia(Node item) throws RepositoryException {
        return item.hasProperty(PATH);
    }

    /** The name the public reads: Magnolia's, else the node's own. */
    public static String name(Node item) throws RepositoryException {
        if (!item.hasProperty(PATH)) return item.getName();
        String p = item.getProperty(PATH).getString();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** The repository-wide path the public reads, {@code rootPath} then Magnolia's path; else the node's own. */
    public static String path(Node item, String rootPath) throws RepositoryException {
        return item.hasProperty(PATH) ? rootPath + item.getProperty(PATH).getString() : item.getPath();
    }
}
