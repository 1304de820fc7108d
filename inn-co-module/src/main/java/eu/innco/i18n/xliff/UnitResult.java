package eu.innco.i18n.xliff;

/**
 * What happened to one unit of an imported file: {@code applied}, {@code unchanged},
 * {@code sourceChanged} (the source moved on since the export; not applied), {@code unknown} (no such
 * item or value), {@code invalid} (the target breaks the content type's rules) or {@code forbidden};
 * the state of the unit's value after the import, and a message for people.
 */
public record UnitResult(String file, String unit, String outcome, String state, String message) {
    public static final java.util.List<String> OUTCOMES = java.util.List.of("applied", "unchanged", "sourceChanged", "unknown",
            "invalid", "forbidden");
}
