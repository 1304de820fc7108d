package eu.innco.exports;

import java.util.List;

/**
 * One item of an import result: its file, what happened to it, and the locales in which the
 * importer asked for it to be published (empty for drafts and for items already published as they are).
 */
public record ImportedItem(String file, String type, String id, String path, ImportOutcome outcome, List<String> publish) {
    public ImportedItem {
        publish = List.copyOf(publish);
    }
}
