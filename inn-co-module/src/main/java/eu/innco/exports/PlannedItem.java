package eu.innco.exports;

import java.util.List;

/** An item file once it has met the repository: its id, what the import does to it, and what to publish. */
record PlannedItem(ItemFile file, String uuid, ImportOutcome outcome, List<String> publish) {
    PlannedItem {
        publish = List.copyOf(publish);
    }

    ImportedItem result() {
        return new ImportedItem(file.label(), file.type().name(), uuid, file.path(), outcome, publish);
    }
}
