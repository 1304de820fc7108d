package eu.innco.exports;

import eu.innco.content.ItemNodes;
import eu.innco.content.SystemProperties;
import eu.innco.content.ValueDiff;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Tells whether a stored item is already exactly what its file says, so that a second import of
 * the same folder writes nothing. Keys the file leaves out are not compared.
 */
final class ItemComparison {
    private ItemComparison() {}

    static boolean same(Node node, ItemFile f, ItemNodes nodes) throws RepositoryException {
        if (!ValueDiff.diff(f.type().properties(), nodes.values().read(node, f.type().properties()), f.values()).isEmpty()) {
            return false;
        }
        return sameInstant(node, SystemProperties.CREATED, f.created())
                && sameString(node, SystemProperties.CREATED_BY, f.createdBy())
                && sameInstant(node, SystemProperties.LAST_MODIFIED, f.lastModified())
                && sameString(node, SystemProperties.LAST_MODIFIED_BY, f.lastModifiedBy())
                && sameString(node, ItemNodes.SOURCE_LOCALE, f.sourceLocale())
                && sameString(node, eu.innco.content.MagnoliaPlace.PATH, f.magnoliaPath())
                && Objects.equals(AssetBinaries.sha256(node), f.binary().map(ItemFile.Binary::sha256))
                && sameTranslations(node, f, nodes);
    }

    private static boolean sameTranslations(Node node, ItemFile f, ItemNodes nodes) throws RepositoryException {
        if (f.translations().isEmpty()) return true;
        String source = SystemProperties.string(node, ItemNodes.SOURCE_LOCALE);
        return nodes.marks().matches(node, f.type(), f.values(), source != null ? source : nodes.locales().defaultLocale(),
                f.translations().get());
    }

    private static boolean sameInstant(Node node, String name, Optional<Instant> wanted) throws RepositoryException {
        return wanted.isEmpty() || wanted.get().equals(SystemProperties.instant(node, name));
    }

    private static boolean sameString(Node node, String name, Optional<String> wanted) throws RepositoryException {
        return wanted.isEmpty() || wanted.get().equals(SystemProperties.string(node, name));
    }
}
