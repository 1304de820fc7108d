package eu.innco.i18n.xliff;

import java.util.List;

/** The units of one item: an XLIFF {@code <file>} whose {@code original} is {@code <type>/<id>}. */
record ExportFile(String type, String itemId, String label, List<ExportUnit> units) {
    ExportFile {
        units = List.copyOf(units);
    }

    String original() {
        return type + "/" + itemId;
    }
}
