package eu.innco.exports;

import eu.innco.content.Slugs;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.site.SiteLocales;
import eu.innco.workspace.BootstrapYamlWriter;
import eu.innco.workspace.JcrTree;
import eu.innco.workspace.JcrValue;
import eu.innco.workspace.NodeLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Magnolia's export of a content type's workspace (system view or YAML, one node or the whole
 * workspace): the items among its {@code mgnl:folder}s, each turned into an item file with its
 * folder path. Folders hold no values here: their ids and order go to {@link #folders()}. What the content type
 * does not define (Magnolia keeps any property: {@code mgnl:tags}, an {@code author} the type
 * lost...) is left out and named in {@link #ignored()}; a node of another type is an error.
 */
final class MagnoliaTrees {
    static final String FOLDER = "mgnl:folder";
    private static final java.util.regex.Pattern UUID = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[^/\\[\\]*|\\p{Cntrl}]{1,255}");

    private final ItemFileReader reader;
    private final SiteLocales locales;
    private final ImportErrors errors;
    private final List<String> ignored = new ArrayList<>();
    private final List<eu.innco.content.MagnoliaFolders.Folder> folders = new ArrayList<>();
    private int read;

    MagnoliaTrees(ItemFileReader reader, SiteLocales locales, ImportErrors errors) {
        this.reader = reader;
        this.locales = locales;
        this.errors = errors;
    }

    /** Every property or child node left out, as {@code <path>/<name>}. */
    List<String> ignored() {
        return ignored;
    }

    /** The folders the exports read so far hold or lie below, for {@link eu.innco.content.MagnoliaFolders#write}. */
    List<eu.innco.content.MagnoliaFolders.Folder> folders() {
        return folders;
    }

    /** The items below {@code parentPath} ("/" or "/a/b", inside the workspace), in the file's order. */
    List<ItemFile> read(ContentTypeDefinition type, String parentPath, List<JcrTree> trees, String label, NodeLines lines) {
        List<ItemFile> out = new ArrayList<>();
        String parent = parentPath.replaceAll("/+$", "");
        for (JcrTree t : trees) walk(type, parent, t, label, lines, out);
        // the folders above the import's parent path learn of what came in below them, after what they held
        String below = null;
        for (String p = parent; !p.isEmpty(); below = p, p = p.substring(0, p.lastIndexOf('/'))) {
            List<String> names = below == null ? trees.stream().filter(t -> kept(type, t)).map(JcrTree::name).toList()
                    : List.of(below.substring(below.lastIndexOf('/') + 1));
            folders.add(new eu.innco.content.MagnoliaFolders.Folder(type.workspace(), p, "", names, false));
        }
        return out;
    }

    /** A node that stays in Magnolia's tree here: a folder or an item of the type. */
    private static boolean kept(ContentTypeDefinition type, JcrTree t) {
        return t.primaryType().equals(FOLDER) || t.primaryType().equals(type.nodeType());
    }

    private void walk(ContentTypeDefinition type, String parent, JcrTree t, String label, NodeLines lines, List<ItemFile> out) {
        if (t.name().startsWith("rep:")) return; // access control lists: not content
        String path = parent + "/" + t.name();
        // where people look for the node: the file, the node's line in it, its path
        String where = label + (lines.line(t) > 0 ? ":" + lines.line(t) : "") + " " + path;
        if (!NAME.matcher(t.name()).matches() || t.name().equals(".") || t.name().equals("..")) {
            errors.add(where, "'" + t.name() + "' is not a JCR node name: no '/', '[', ']', '*', '|' or control characters");
        } else if (t.primaryType().equals(FOLDER)) {
            // the folder's id is answered as its @id and found by /<endpoint>@<id>: a UUID, as Magnolia writes one
            if (!t.uuid().isEmpty() && !UUID.matcher(t.uuid()).matches()) {
                errors.add(where, "the jcr:uuid of folder '" + t.name() + "' must be a UUID such as 0b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3");
            }
            folders.add(new eu.innco.content.MagnoliaFolders.Folder(type.workspace(), path, t.uuid(),
                    t.children().stream().filter(c -> kept(type, c)).map(JcrTree::name).toList(), true));
            for (JcrTree c : t.children()) walk(type, path, c, label, lines, out);
        } else if (t.primaryType().equals(type.nodeType())) {
            // read as a YAML export of that one node, whose lines mean nothing to the sender: reported at the node
            String yamlLabel = "node " + (++read) + " of " + label;
            errors.relabel(yamlLabel, where);
            reader.readMagnolia(BootstrapYamlWriter.write(forType(type, t, path)), yamlLabel, label + " " + path, type,
                    Slugs.slugify(t.name()), path, errors).ifPresent(out::add);
        } else {
            errors.add(where, "node '" + t.name() + "' is a " + t.primaryType() + "; workspace '" + type.workspace() + "' holds "
                    + type.nodeType() + " items (" + type.name() + ") and " + FOLDER + "s");
        }
    }

    /** The item's node with only what the content type defines. */
    private JcrTree forType(ContentTypeDefinition type, JcrTree item, String path) {
        Set<String> keys = new HashSet<>(ExportNames.ITEM_KEYS);
        Set<String> subModels = new HashSet<>();
        for (PropertyDefinition p : type.properties()) {
            if (p.isSubModel()) subModels.add(p.name());
            else if (!p.i18n()) keys.add(p.name());
            else for (String l : locales.locales()) keys.add(locales.propertyName(p.name(), l));
        }
        Map<String, JcrValue> props = new LinkedHashMap<>();
        item.properties().forEach((k, v) -> {
            if (keys.contains(k)) props.put(k, v);
            else ignored.add(path + "/" + k);
        });
        List<JcrTree> children = new ArrayList<>();
        for (JcrTree c : item.children()) {
            if (subModels.contains(c.name())) children.add(c);
            else ignored.add(path + "/" + c.name());
        }
        return new JcrTree(item.name(), item.primaryType(), item.mixins(), item.uuid(), props, children);
    }
}
