package eu.innco.workspace;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.repository.ContentRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.nodetype.NodeType;

/**
 * A content type's item (and what is below it) as Magnolia's export writes such a node, for the
 * system view and YAML exports Magnolia imports: its node type ({@code innco:caseStudy}, which
 * the content type's {@code datasource.namespaces} and {@code autoCreate} let Magnolia register),
 * its identifier, typed dates, Magnolia's {@code _<locale>} properties, sub-models as
 * {@code mgnl:contentNode}s, and asset references as Magnolia writes them ({@code jcr:<id>}).
 * INN-CO's own bookkeeping ({@code innco:} properties: owner, revision, translation states) stays
 * out: Magnolia has nothing that reads it.
 */
public final class ItemTrees {
    private static final Set<String> NOT_EXPORTED = Set.of("jcr:primaryType", "jcr:mixinTypes", "jcr:uuid");
    private final ContentRepository repository;
    private final ContentTypeRegistry types;

    public ItemTrees(ContentRepository repository, ContentTypeRegistry types) {
        this.repository = repository;
        this.types = types;
    }

    /** The item at {@code path} inside the content type's workspace ({@code /la-ruche}), as a tree; empty when there is none. */
    public Optional<JcrTree> item(String workspace, String path) {
        Optional<ContentTypeDefinition> type = types.byWorkspace(workspace);
        if (type.isEmpty()) return Optional.empty();
        return repository.read(s -> {
            if (!s.nodeExists(type.get().rootPath())) return Optional.<JcrTree>empty();
            Node folder = s.getNode(type.get().rootPath());
            Optional<Node> n = WorkspaceStore.at(folder, path).or(() -> byMagnoliaPath(folder, path));
            if (n.isEmpty() || !n.get().isNodeType(type.get().nodeType())) return Optional.<JcrTree>empty();
            JcrTree t = tree(n.get(), assetProperties(type.get().properties()));
            // an item imported from Magnolia goes back under Magnolia's name
            return Optional.of(new JcrTree(eu.innco.content.MagnoliaPlace.name(n.get()), t.primaryType(), t.mixins(), t.uuid(),
                    t.properties(), t.children()));
        });
    }

    /** The item imported from Magnolia at that path of Magnolia's tree ({@code /magnolia-travels/Kyoto}), if any. */
    private static Optional<Node> byMagnoliaPath(Node folder, String path) {
        String wanted = "/" + path.replaceAll("^/+|/+$", "");
        try {
            for (NodeIterator it = folder.getNodes(); it.hasNext(); ) {
                Node c = it.nextNode();
                if (c.hasProperty(eu.innco.content.MagnoliaPlace.PATH)
                        && wanted.equals(c.getProperty(eu.innco.content.MagnoliaPlace.PATH).getString())) return Optional.of(c);
            }
            return Optional.empty();
        } catch (RepositoryException e) {
            throw new IllegalStateException("reading " + folder, e);
        }
    }

    private static Set<String> assetProperties(List<PropertyDefinition> props) {
        Set<String> out = new java.util.HashSet<>();
        for (PropertyDefinition p : props) {
            if (p.isSubModel()) out.addAll(assetProperties(p.subModel().properties()));
            else if (p.fieldType().kind() == eu.innco.contenttype.field.FieldKind.ASSET) out.add(p.name());
        }
        return out;
    }

    private static JcrTree tree(Node n, Set<String> assets) throws RepositoryException {
        Map<String, JcrValue> props = new LinkedHashMap<>();
        for (PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            String name = p.getName();
            if (NOT_EXPORTED.contains(name) || name.startsWith("innco:")) continue;
            List<String> values = new ArrayList<>();
            for (javax.jcr.Value v : p.isMultiple() ? p.getValues() : new javax.jcr.Value[] {p.getValue()}) {
                String text = TreeReader.text(v);
                values.add(assets.contains(base(name)) && !text.isEmpty() && !text.startsWith("jcr:") ? "jcr:" + text : text);
            }
            props.put(name, new JcrValue(p.getType(), values, p.isMultiple()));
        }
        List<JcrTree> children = new ArrayList<>();
        for (NodeIterator it = n.getNodes(); it.hasNext(); ) {
            Node c = it.nextNode();
            if (!c.getName().startsWith("innco:")) children.add(tree(c, assets));
        }
        List<String> mixins = new ArrayList<>();
        for (NodeType m : n.getMixinNodeTypes()) mixins.add(m.getName());
        String uuid = n.isNodeType("mix:referenceable") ? n.getIdentifier() : "";
        return new JcrTree(n.getName(), n.getPrimaryNodeType().getName(), mixins, uuid, props, children);
    }

    /** {@code image_fr} is a value of {@code image}. */
    private static String base(String name) {
        int cut = name.lastIndexOf('_');
        return cut > 0 ? name.substring(0, cut) : name;
    }
}
