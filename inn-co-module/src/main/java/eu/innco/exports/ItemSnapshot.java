package eu.innco.exports;

import eu.innco.content.ItemValues;
import eu.innco.content.TranslationMark;
import eu.innco.contenttype.ContentTypeDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One item as an export file holds it. The system fields are null when the node has none (nodes
 * written by hand in JCR, or by an older version); the file then leaves their keys out.
 */
record ItemSnapshot(ContentTypeDefinition type, String name, String uuid, Instant created, String createdBy,
                    Instant lastModified, String lastModifiedBy, String sourceLocale, List<String> publishedLocales,
                    Map<String, TranslationMark> translations, ItemValues values, Optional<BinaryRef> binary) {
    ItemSnapshot {
        publishedLocales = List.copyOf(publishedLocales);
        translations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(translations));
    }

    String fileName() {
        return ExportNames.yamlFile(type.workspace(), name);
    }

    String path() {
        return type.rootPath() + "/" + name;
    }
}
