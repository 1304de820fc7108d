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
 * translation states of a file without {@code innco:translations}.
 */
record ItemFile(String label, String location, ContentTypeDefinition type, String name, Optional<String> uuid,
                Optional<Instant> created, Optional<String> createdBy, Optional<Instant> lastModified,
                Optional<String> lastModifiedBy, Optional<String> sourceLocale, List<String> publishedLocales,
                Optional<Map<String, TranslationMark>> translations, ItemValues values, List<Violation> readViolations, Locations locations, Optional<Binary> binary) {

    /** The file's {@code innco:data}: the checked file beside the YAML and its checksum. */
    record Binary(Path file, String sha256, String location) {}

    ItemFile {
        publishedLocales = List.copyOf(publishedLocales);
        readViolations = List.copyOf(readViolations);
    }

    String path() {
        return type.rootPath() + "/" + name;
    }
}
