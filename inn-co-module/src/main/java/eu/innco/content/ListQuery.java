package eu.innco.content;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parameters of an authoring list: paging, a text filter on names and text values, a publication
 * status ({@code draft}, {@code published}, {@code modified}) and a locale with its translation state.
 */
public record ListQuery(int limit, int offset, String q, Optional<String> status, Optional<String> locale,
                        Optional<String> translation, String sort) {
    /** Sort orders: by name, or by last change, newest first. */
    public static final List<String> SORTS = List.of("name", "-lastModified");

    public static final int MAX_LIMIT = 200;
    public static final List<String> STATUSES = List.of("draft", "published", "modified");
    /** The translation filter: a state, or {@code outdated} for translations whose source changed since. */
    public static final List<String> TRANSLATIONS = List.of("missing", "draft", "translated", "reviewed", "outdated");

    public static ListQuery firstPage() {
        return new ListQuery(20, 0, "", Optional.empty(), Optional.empty(), Optional.empty(), "name");
    }

    /** Checks the values a client sent; every mistake in one 400. */
    public static ListQuery of(Integer limit, Integer offset, String q, String status, String locale, String translation) {
        return of(limit, offset, q, status, locale, translation, null);
    }

    public static ListQuery of(Integer limit, Integer offset, String q, String status, String locale, String translation, String sort) {
        List<FieldError> errors = new ArrayList<>();
        int l = limit == null ? 20 : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > MAX_LIMIT) errors.add(new FieldError("limit", "must be between 1 and " + MAX_LIMIT));
        if (o < 0) errors.add(new FieldError("offset", "must not be negative"));
        if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
            errors.add(new FieldError("status", "must be one of " + STATUSES));
        }
        String order = sort == null || sort.isBlank() ? "name" : sort.trim();
        if (!SORTS.contains(order)) errors.add(new FieldError("sort", "must be one of " + SORTS));
        if (translation != null && !translation.isBlank()) {
            if (!TRANSLATIONS.contains(translation.trim())) errors.add(new FieldError("translation", "must be one of " + TRANSLATIONS));
            if (locale == null || locale.isBlank()) errors.add(new FieldError("translation", "needs a locale: ?locale=pl&translation=outdated"));
        }
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.QUERY_001, "Invalid list parameters", errors);
        return new ListQuery(l, o, q == null ? "" : q.trim(), blank(status), blank(locale), blank(translation), order);
    }

    private static Optional<String> blank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
