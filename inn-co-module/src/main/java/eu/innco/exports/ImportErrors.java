package eu.innco.exports;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every problem found in the files of one import, each at {@code file:line}, reported together. */
final class ImportErrors {
    private final List<FieldError> errors = new ArrayList<>();
    /** Places that read better otherwise: a Magnolia node read as YAML of its own is reported at its line in the export. */
    private final java.util.Map<String, String> places = new java.util.HashMap<>();

    /** Errors at {@code from} (and {@code from:<line>}) are reported at {@code to}. */
    void relabel(String from, String to) {
        places.put(from, to);
    }

    void add(String where, String message) {
        errors.add(new FieldError(where, message));
    }

    void add(FieldError error) {
        errors.add(error);
    }

    ImportErrors copy() {
        ImportErrors c = new ImportErrors();
        c.errors.addAll(errors);
        c.places.putAll(places);
        return c;
    }

    void addAll(List<FieldError> more) {
        errors.addAll(more);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws one 400-kind error listing every problem, by file and line, when there is any. */
    void throwIfAny(String source) {
        if (errors.isEmpty()) return;
        List<FieldError> sorted = errors.stream().map(this::placed).distinct().sorted(BY_FILE_AND_LINE).toList();
        long files = sorted.stream().map(e -> file(e.path())).distinct().count();
        FieldError first = sorted.get(0);
        throw InncoException.invalid(ErrorCode.IMPORT_001, "The import of " + source + " was refused, nothing was written: "
                + sorted.size() + " error(s) in " + files + " file(s); first " + first.path() + ": " + first.message(), sorted);
    }

    private FieldError placed(FieldError e) {
        String path = e.path();
        int colon = path.lastIndexOf(':');
        String to = places.getOrDefault(path, colon < 0 ? null : places.get(path.substring(0, colon)));
        return to == null ? e : new FieldError(to, e.message(), e.key(), e.args());
    }

    private static final Comparator<FieldError> BY_FILE_AND_LINE = Comparator
            .comparing((FieldError e) -> file(e.path())).thenComparingInt(e -> line(e.path()));

    private static String file(String where) {
        int colon = where.lastIndexOf(':');
        return colon < 0 || line(where) < 0 ? where : where.substring(0, colon);
    }

    private static int line(String where) {
        int colon = where.lastIndexOf(':');
        try {
            return colon < 0 ? -1 : Integer.parseInt(where.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
