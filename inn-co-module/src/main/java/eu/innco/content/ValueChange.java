package eu.innco.content;

/**
 * One difference between two sets of values: the property path ({@code chapters.0.title}), the
 * locale for localised values (null otherwise) and whether the value was added, removed or changed.
 */
public record ValueChange(String path, String locale, Kind kind) {
    /** How the value differs. */
    public enum Kind { ADDED, REMOVED, CHANGED }
}
