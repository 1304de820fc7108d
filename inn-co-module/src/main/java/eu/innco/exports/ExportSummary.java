package eu.innco.exports;

import java.util.List;

/** What an export wrote: the item count and every file, YAML and binaries, in the order written. */
public record ExportSummary(int items, List<String> files) {
    public ExportSummary {
        files = List.copyOf(files);
    }
}
