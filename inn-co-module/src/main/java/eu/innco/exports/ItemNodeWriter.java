package eu.innco.exports;

import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.content.SystemProperties;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Dates;
import eu.innco.site.SiteLocales;
import eu.innco.security.Actor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.jcr.ImportUUIDBehavior;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/**
 * Writes one planned item into the session: creates its node with the file's {@code jcr:uuid}, or
 * updates it, keeping the file's creation and modification stamps, source locale and translation
 * states. Oak does not
 * let {@code setProperty} set {@code jcr:uuid}, so a new node is created by importing a minimal
 * JCR system view (node type and uuid), then filled with ordinary JCR calls.
 */
final class ItemNodeWriter {
    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    private final ItemNodes nodes;
    private final SiteLocales locales;
    private final ItemFileReader reader;

    ItemNodeWriter(ItemNodes nodes, SiteLocales locales, ItemFileReader reader) {
        this.nodes = nodes;
        this.locales = locales;
        this.reader = reader;
    }

    void write(Session s, PlannedItem item, Actor actor, Instant now) throws RepositoryException {
        if (item.outcome() == ImportOutcome.UNCHANGED) return;
        ItemFile f = item.file();
        Node n;
        Instant modified;
        String modifiedBy;
        ItemValues before = new ItemValues();
        if (item.outcome() == ImportOutcome.CREATED) {
            n = create(s, f.type(), f.name(), item.uuid());
            Instant created = f.created().orElse(now);
            String createdBy = f.createdBy().orElse(actor.username());
            n.setProperty(SystemProperties.CREATED, Dates.calendar(created));
            n.setProperty(SystemProperties.CREATED_BY, createdBy);
            modified = f.lastModified().orElse(created);
            modifiedBy = f.lastModifiedBy().orElse(createdBy);
            n.setProperty(SystemProperties.REVISION, 1L);
            n.setProperty(ItemNodes.OWNER_PARTNER, actor.partner());
            n.setProperty(ItemNodes.SOURCE_LOCALE, f.sourceLocale().orElseGet(() -> reader.firstLocaleWithValues(f.type(), f.values())));
        } else {
            n = s.getNodeByIdentifier(item.uuid());
            before = nodes.values().read(n, f.type().properties());
            if (f.created().isPresent()) n.setProperty(SystemProperties.CREATED, Dates.calendar(f.created().get()));
            if (f.createdBy().isPresent()) n.setProperty(SystemProperties.CREATED_BY, f.createdBy().get());
            modified = f.lastModified().orElse(now);
            modifiedBy = f.lastModifiedBy().orElse(actor.username());
            long rev = n.hasProperty(SystemProperties.REVISION) ? n.getProperty(SystemProperties.REVISION).getLong() : 0;
            n.setProperty(SystemProperties.REVISION, rev + 1);
            if (f.sourceLocale().isPresent()) n.setProperty(ItemNodes.SOURCE_LOCALE, f.sourceLocale().get());
        }
        if (f.magnoliaPath().isPresent()) n.setProperty(eu.innco.content.MagnoliaPlace.PATH, f.magnoliaPath().get());
        n.setProperty(SystemProperties.LAST_MODIFIED, Dates.calendar(modified));
        n.setProperty(SystemProperties.LAST_MODIFIED_BY, modifiedBy);
        nodes.values().write(n, f.type().properties(), f.values(), modifiedBy, modified);
        // states the file leaves out follow the values as after an edit: a changed locale becomes a draft
        String source = SystemProperties.string(n, ItemNodes.SOURCE_LOCALE);
        nodes.marks().write(n, f.type(), before, f.values(), source != null ? source : locales.defaultLocale(),
                f.translations().orElse(Map.of()));
        writeBinary(n, f.binary());
    }

    private static void writeBinary(Node n, Optional<ItemFile.Binary> binary) throws RepositoryException {
        if (binary.isEmpty()) {
            AssetBinaries.remove(n);
        } else if (!AssetBinaries.sha256(n).equals(Optional.of(binary.get().sha256()))) {
            AssetBinaries.store(n, binary.get().file(), binary.get().sha256());
        }
    }

    private static Node create(Session s, ContentTypeDefinition type, String name, String uuid) throws RepositoryException {
        String nodeType = type.nodeType();
        int colon = nodeType.indexOf(':');
        String ns = colon < 0 ? "" : " xmlns:" + nodeType.substring(0, colon) + "=\"" + s.getNamespaceURI(nodeType.substring(0, colon)) + "\"";
        // every part is checked before: the name is a slug, the node type a registered name, the uuid hex
        String xml = "<sv:node xmlns:sv=\"" + SV + "\"" + ns + " sv:name=\"" + name + "\">"
                + "<sv:property sv:name=\"jcr:primaryType\" sv:type=\"Name\"><sv:value>" + nodeType + "</sv:value></sv:property>"
                + "<sv:property sv:name=\"jcr:uuid\" sv:type=\"String\"><sv:value>" + uuid + "</sv:value></sv:property>"
                + "</sv:node>";
        try {
            s.importXML(type.rootPath(), new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    ImportUUIDBehavior.IMPORT_UUID_COLLISION_THROW);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory system view cannot fail", e);
        }
        return s.getNode(type.rootPath() + "/" + name);
    }
}
