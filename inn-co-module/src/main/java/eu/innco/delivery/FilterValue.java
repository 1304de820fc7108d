package eu.innco.delivery;

import eu.innco.contenttype.field.Dates;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads one filter value as its property's kind: a whole number, a decimal, {@code true}/{@code
 * false}, a date (a bare date covers the whole day), or text. Never interpreted as query syntax.
 */
record FilterValue(Filterable.Kind kind, String text, long lo, long hi, double number) {
    static Optional<FilterValue> parse(Filterable f, String text) {
        return switch (f.kind()) {
            case KEYWORD -> Optional.of(new FilterValue(f.kind(), text, 0, 0, 0));
            case BOOLEAN -> text.equals("true") || text.equals("false")
                    ? Optional.of(new FilterValue(f.kind(), text, 0, 0, 0)) : Optional.empty();
            case LONG -> {
                try {
                    long v = Long.parseLong(text.trim());
                    yield Optional.of(new FilterValue(f.kind(), text, v, v, v));
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
            case DOUBLE -> {
                try {
                    double v = Double.parseDouble(text.trim());
                    yield Double.isFinite(v) && !text.trim().matches(".*[a-zA-Z].*") ? Optional.of(new FilterValue(f.kind(), text, 0, 0, v)) : Optional.empty();
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
            case DATE -> Dates.parse(text).map(start -> {
                boolean day = text.trim().length() == 10;
                Instant end = day ? start.plus(1, ChronoUnit.DAYS).minusMillis(1) : start;
                return new FilterValue(f.kind(), text, start.toEpochMilli(), end.toEpochMilli(), 0);
            });
        };
    }

    /** What a client should send instead, for messages. */
    static String expected(Filterable.Kind kind) {
        return switch (kind) {
            case KEYWORD -> "text";
            case BOOLEAN -> "true or false";
            case LONG -> "a whole number";
            case DOUBLE -> "a number";
            case DATE -> "a date (2022-12-31) or date-time with offset (2022-12-31T10:00:00Z)";
        };
    }
}
