package eu.innco.exports;

import java.util.Locale;

/** What an import did, or would do, to one item. */
public enum ImportOutcome {
    /** The item was not in the repository. */
    CREATED,
    /** The item was there with other values, dates or binary; it now has the file's. */
    CHANGED,
    /** The item was there exactly as the file says: not touched, its revision kept. */
    UNCHANGED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
