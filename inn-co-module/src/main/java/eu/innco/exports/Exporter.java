package eu.innco.exports;

import eu.innco.content.ItemNodes;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.i18n.SiteLocales;
import eu.innco.repository.ContentRepository;
import eu.innco.security.AccessPolicy;
import eu.innco.security.Action;
import eu.innco.security.Actor;
import eu.innco.security.Ownership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * Writes items as content-exports files into a folder: one YAML file per item, plus the binary of
 * each asset that has one. Types in registry order, items by name, keys in a fixed order: the same
 * content always gives the same bytes. Files of the folder that are not written are left alone.
 */
public final class Exporter {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final AccessPolicy policy;
    private final ItemSnapshots snapshots;
    private final ItemYamlWriter yaml;

    public Exporter(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales, AccessPolicy policy) {
        this.repository = repository;
        this.types = types;
        this.policy = policy;
        this.snapshots = new ItemSnapshots(new ItemNodes(locales), locales);
        this.yaml = new ItemYamlWriter(locales);
    }

    /**
     * Throws a 403-kind error unless the actor may export. A content export holds every working
     * copy of the repository, drafts included, and is the other half of an import: it needs the
     * same permission (administrators).
     */
    public void checkAllowed(Actor actor) {
        policy.check(actor, Action.IMPORT, Ownership.NEW);
    }

    public ExportSummary export(Actor actor, ExportSelection selection, Path folder) {
        return export(actor, selection, folder, eu.innco.progress.Progress.NONE);
    }

    /** {@link #export(Actor, ExportSelection, Path)}, telling {@code progress} of each item of the selected types written. */
    public ExportSummary export(Actor actor, ExportSelection selection, Path folder, eu.innco.progress.Progress progress) {
        checkAllowed(actor);
        List<ContentTypeDefinition> selected = selection.types(types);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return repository.read(s -> {
            List<String> files = new ArrayList<>();
            int items = 0;
            java.util.Map<ContentTypeDefinition, Collection<Node>> nodes = new java.util.LinkedHashMap<>();
            for (ContentTypeDefinition type : selected) {
                if (s.nodeExists(type.rootPath())) nodes.put(type, itemNodes(s.getNode(type.rootPath()), type));
            }
            progress.stage("items", nodes.values().stream().mapToLong(Collection::size).sum());
            for (var e : nodes.entrySet()) {
                ContentTypeDefinition type = e.getKey();
                for (Node n : e.getValue()) {
                    progress.step();
                    if (!selection.includes(n.getPath())) continue;
                    ItemSnapshot item = snapshots.read(n, type);
                    write(folder.resolve(item.fileName()), yaml.write(item));
                    files.add(item.fileName());
                    if (item.binary().isPresent()) {
                        AssetBinaries.copyTo(n, folder.resolve(item.binary().get().file()));
                        files.add(item.binary().get().file());
                    }
                    items++;
                }
            }
            return new ExportSummary(items, files);
        });
    }

    /** The type's item nodes by name; a folder's child order is not kept (innco:folder is not orderable). */
    private static Collection<Node> itemNodes(Node folder, ContentTypeDefinition type) throws RepositoryException {
        TreeMap<String, Node> byName = new TreeMap<>();
        for (NodeIterator it = folder.getNodes(); it.hasNext(); ) {
            Node n = it.nextNode();
            if (n.getPrimaryNodeType().getName().equals(type.nodeType())) byName.put(n.getName(), n);
        }
        return byName.values();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
