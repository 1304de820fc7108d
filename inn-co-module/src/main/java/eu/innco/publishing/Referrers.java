package eu.innco.publishing;

import java.util.ArrayList;
import java.util.List;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.query.Query;
import javax.jcr.query.QueryManager;

/**
 * Which published snapshots refer to an item, through the property index on {@code innco:refs}
 * (every reference id of a snapshot, at any depth): unpublishing checks it, and the delivery index
 * re-renders the documents that embed a re-published item.
 */
public final class Referrers {
    /** A published item that refers to another, with the locales it is published in. */
    public record Referrer(String type, String id, String path, List<String> locales) {}

    private Referrers() {}

    /** Creates the property index once; Oak fills it on the next commit. */
    public static void installIndex(Session s) throws RepositoryException {
        Node index = s.getNode("/oak:index");
        if (index.hasNode("inncoRefs")) return;
        Node def = index.addNode("inncoRefs", "oak:QueryIndexDefinition");
        def.setProperty("type", "property");
        def.setProperty("propertyNames", new String[] {LiveTree.REFS}, javax.jcr.PropertyType.NAME);
        def.setProperty("reindex", true);
    }

    public static List<Referrer> of(Session s, String id) throws RepositoryException {
        QueryManager qm = s.getWorkspace().getQueryManager();
        Query q = qm.createQuery("SELECT * FROM [mgnl:contentNode] AS n WHERE ISDESCENDANTNODE(n, '/" + LiveTree.ROOT
                + "') AND n.[" + LiveTree.REFS + "] = $id", Query.JCR_SQL2);
        q.bindValue("id", s.getValueFactory().createValue(id));
        List<Referrer> out = new ArrayList<>();
        for (NodeIterator it = q.execute().getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            if (id.equals(n.getProperty(LiveTree.ID).getString())) continue;
            List<String> locales = new ArrayList<>();
            for (Value v : n.getProperty(LiveTree.LOCALES).getValues()) locales.add(v.getString());
            out.add(new Referrer(n.getProperty(LiveTree.TYPE).getString(), n.getProperty(LiveTree.ID).getString(),
                    n.getProperty(LiveTree.PATH).getString(), locales));
        }
        return out;
    }
}
