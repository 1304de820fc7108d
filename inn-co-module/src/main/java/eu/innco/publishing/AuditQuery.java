package eu.innco.publishing;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.contenttype.field.Dates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Filters of the audit log: item (also one of a release's items), user, action, time range; newest first, paged. */
public record AuditQuery(Optional<String> item, Optional<String> user, Optional<String> action, Optional<Instant> since,
                         Optional<Instant> until, int offset, int limit) {

    public static AuditQuery of(String item, String user, String action, String since, String until, Integer offset, Integer limit) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Instant> s = date("since", since, errors);
        Optional<Instant> u = date("until", until, errors);
        int o = offset == null ? 0 : offset;
        int l = limit == null ? 50 : limit;
        if (o < 0) errors.add(new FieldError("offset", "must not be negative"));
        if (l < 1 || l > 500) errors.add(new FieldError("limit", "must be between 1 and 500"));
        if (!errors.isEmpty()) throw InncoException.invalid(ErrorCode.QUERY_003, "Invalid audit query", errors);
        return new AuditQuery(blank(item), blank(user), blank(action), s, u, o, l);
    }

    private static Optional<Instant> date(String name, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) return Optional.empty();
        Optional<Instant> d = Dates.parse(text);
        if (d.isEmpty()) errors.add(new FieldError(name, "must be a date (2026-11-26) or an ISO-8601 date-time"));
        return d;
    }

    private static Optional<String> blank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }

    boolean matches(AuditEntry e) {
        return item.map(i -> i.equals(e.itemId()) || i.equals(e.path()) || e.items().stream().anyMatch(x -> i.equals(x.id()))).orElse(true)
                && user.map(e.user()::equals).orElse(true)
                && action.map(e.action()::equals).orElse(true)
                && since.map(t -> !e.at().isBefore(t)).orElse(true)
                && until.map(t -> e.at().isBefore(t)).orElse(true);
    }
}
