package eu.innco.i18n.xliff;

import java.util.List;

/** A translators' file as read: its languages and, per {@code <file>}, the item it names and its units. */
record ImportDocument(String srcLang, String trgLang, List<File> files) {
    /** One {@code <file>}: {@code original} is {@code <type>/<item id>} in files we wrote. */
    record File(String id, String original, List<ImportUnit> units) {}
}
