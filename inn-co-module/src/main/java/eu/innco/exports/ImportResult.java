package eu.innco.exports;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do), item by item in file order; {@code ignored}: what
 * a Magnolia export holds that no content type defines, left out ({@code /folder/item/property}).
 */
public record ImportResult(boolean dryRun, List<ImportedItem> items, List<String> ignored) {
    public ImportResult {
        items = List.copyOf(items);
        ignored = List.copyOf(ignored);
    }

    public ImportResult(boolean dryRun, List<ImportedItem> items) {
        this(dryRun, items, List.of());
    }

    public long count(ImportOutcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** One line for people: {@code 3 created, 1 changed, 12 unchanged}. */
    public String summary() {
        return count(ImportOutcome.CREATED) + " created, " + count(ImportOutcome.CHANGED) + " changed, "
                + count(ImportOutcome.UNCHANGED) + " unchanged" + (dryRun ? " (dry run: nothing was written)" : "");
    }
}
