package eu.innco.exports;

import eu.innco.content.ItemValues;
import eu.innco.content.TranslationMark;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.field.Violation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item file as read, before it meets the repository: what the file says, where it says it,
 * and what its values broke while being read. Keys left out of the file are empty; so are the
 * translation states of a file without {@code innco:translations}. {@code magnoliaPath} is the
 * item's path in Magnolia's tree for an item read from Magnolia's export of a workspace (see
 * {@code MagnoliaTrees}); its {@code name} is then a slug chosen here.
 */
record ItemFile(String label, String location, ContentTypeDefinition type, String name, Optional<String> uuid,
                Optional<Instant> created, Optional<String> createdBy, Optional<Instant> lastModified,
                Optional<String> lastModifiedBy, Optional<String> sourceLocale, List<String> publishedLocales,
                Optional<Map<String, TranslationMark>> translations, ItemValues values, List<Violation> readViolations, Locations locations, Optional<Binary> binary,
                Optional<String> magnoliaPath) {

    /** The file's {@code innco:data}: the checked file beside the YAML and its checksum. */
    record Binary(Path file, String sha256, String location) {}

    ItemFile {
        publishedLocales = List.copyOf(publishedLocales);
        readViolations = List.copyOf(readViolations);
    }

    /** The same item under another node name. */
    ItemFile named(String other) {
        return new ItemFile(label, location, type, other, uuid, created, createdBy, lastModified, lastModifiedBy, sourceLocale,
                publishedLocales, translations, values, readViolations, locations, binary, magnoliaPath);
    }

    String path() {
        return type.rootPath() + "/" + name;
    }
}
