package eu.innco.exports;

import eu.innco.content.ItemNodes;
import eu.innco.content.ItemValues;
import eu.innco.content.TranslationMark;
import eu.innco.content.SystemProperties;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.site.SiteLocales;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/** Reads an item node into what its export file holds. */
final class ItemSnapshots {
    private final ItemNodes nodes;
    private final SiteLocales locales;

    ItemSnapshots(ItemNodes nodes, SiteLocales locales) {
        this.nodes = nodes;
        this.locales = locales;
    }

    ItemSnapshot read(Node n, ContentTypeDefinition type) throws RepositoryException {
        // the locales whose publication the publishing feature has recorded on the node
        List<String> published = new ArrayList<>();
        for (String l : locales.locales()) if (n.hasProperty(ItemNodes.PUBLISHED_PREFIX + l)) published.add(l);
        String file = ExportNames.yamlFile(type.workspace(), n.getName());
        Optional<BinaryRef> binary = Optional.empty();
        Optional<String> sha = AssetBinaries.sha256(n);
        if (sha.isPresent()) {
            String original = n.hasProperty("fileName") ? n.getProperty("fileName").getString() : null;
            binary = Optional.of(new BinaryRef(ExportNames.binaryFile(file, original), sha.get()));
        }
        ItemValues values = nodes.values().read(n, type.properties());
        String source = SystemProperties.string(n, ItemNodes.SOURCE_LOCALE);
        Map<String, TranslationMark> marks = nodes.marks().read(n, type, values, source != null ? source : locales.defaultLocale());
        return new ItemSnapshot(type, n.getName(), n.getIdentifier(),
                SystemProperties.instant(n, SystemProperties.CREATED), SystemProperties.string(n, SystemProperties.CREATED_BY),
                SystemProperties.instant(n, SystemProperties.LAST_MODIFIED), SystemProperties.string(n, SystemProperties.LAST_MODIFIED_BY),
                source, published, marks, values, binary);
    }
}
