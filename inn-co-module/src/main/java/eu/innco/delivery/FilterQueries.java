package eu.innco.delivery;

import eu.innco.FieldError;
import java.util.List;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/** The Lucene query of one filter on one property: values parsed as the property's kind, never as syntax. */
final class FilterQueries {
    /**
     * Bounds on a {@code like} pattern, so that its cost is bounded whatever a client sends: an
     * automaton of at most this many characters and wildcards, matched once against each distinct
     * value of the property (the term dictionary), never more. Runs of {@code %} count as one.
     */
    static final int MAX_LIKE_CHARS = 100;
    static final int MAX_LIKE_WILDCARDS = 4;

    private final Filterable f;
    private final String param;
    private final List<FieldError> errors;

    FilterQueries(Filterable f, String param, List<FieldError> errors) {
        this.f = f;
        this.param = param;
        this.errors = errors;
    }

    /** The positive query of the operator ({@code ne} and {@code not-in} give what to exclude); null after an error. */
    Query build(String op, String value, int maxValues) {
        return switch (op) {
            case "eq", "ne" -> one(value, "eq");
            case "lt", "lte", "gt", "gte" -> {
                if (f.kind() == Filterable.Kind.BOOLEAN) yield error("'" + op + "' does not apply to true/false values");
                yield one(value, op);
            }
            case "like" -> like(value);
            case "in", "not-in" -> any(value, maxValues);
            default -> error("unknown operator");
        };
    }

    private Query any(String value, int maxValues) {
        String[] parts = value.split("\\|", -1);
        if (parts.length > maxValues) return error("at most " + maxValues + " values separated by '|'");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String p : parts) {
            Query q = p.contains("~") && f.kind() != Filterable.Kind.BOOLEAN ? range(p) : one(p, "eq");
            if (q == null) return null;
            b.add(q, Occur.SHOULD);
        }
        return b.build();
    }

    private Query range(String text) {
        int tilde = text.indexOf('~');
        String lo = text.substring(0, tilde);
        String hi = text.substring(tilde + 1);
        if (lo.isEmpty() && hi.isEmpty()) return error("a range needs at least one end: from~to, from~ or ~to");
        if (f.kind() == Filterable.Kind.KEYWORD) {
            return TermRangeQuery.newStringRange(f.exactField(), lo.isEmpty() ? null : lo, hi.isEmpty() ? null : hi, true, true);
        }
        FilterValue from = lo.isEmpty() ? null : value(lo);
        FilterValue to = hi.isEmpty() ? null : value(hi);
        if ((!lo.isEmpty() && from == null) || (!hi.isEmpty() && to == null)) return null;
        if (f.kind() == Filterable.Kind.DOUBLE) {
            return DoubleField.newRangeQuery(f.numericField(), from == null ? Double.NEGATIVE_INFINITY : from.number(),
                    to == null ? Double.POSITIVE_INFINITY : to.number());
        }
        return LongField.newRangeQuery(f.numericField(), from == null ? Long.MIN_VALUE : from.lo(), to == null ? Long.MAX_VALUE : to.hi());
    }

    private Query one(String text, String op) {
        FilterValue v = value(text);
        if (v == null) return null;
        return switch (f.kind()) {
            case KEYWORD, BOOLEAN -> keyword(text, op);
            case DOUBLE -> doubles(v.number(), op);
            case LONG, DATE -> longs(v.lo(), v.hi(), op);
        };
    }

    private Query keyword(String text, String op) {
        String field = f.exactField();
        return switch (op) {
            case "lt" -> TermRangeQuery.newStringRange(field, null, text, false, false);
            case "lte" -> TermRangeQuery.newStringRange(field, null, text, false, true);
            case "gt" -> TermRangeQuery.newStringRange(field, text, null, false, false);
            case "gte" -> TermRangeQuery.newStringRange(field, text, null, true, false);
            default -> new TermQuery(new Term(field, text));
        };
    }

    private Query longs(long lo, long hi, String op) {
        String field = f.numericField();
        return switch (op) {
            case "lt" -> lo == Long.MIN_VALUE ? new MatchNoDocsQuery() : LongField.newRangeQuery(field, Long.MIN_VALUE, lo - 1);
            case "lte" -> LongField.newRangeQuery(field, Long.MIN_VALUE, hi);
            case "gt" -> hi == Long.MAX_VALUE ? new MatchNoDocsQuery() : LongField.newRangeQuery(field, hi + 1, Long.MAX_VALUE);
            case "gte" -> LongField.newRangeQuery(field, lo, Long.MAX_VALUE);
            default -> LongField.newRangeQuery(field, lo, hi);
        };
    }

    private Query doubles(double v, String op) {
        String field = f.numericField();
        return switch (op) {
            case "lt" -> DoubleField.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(v));
            case "lte" -> DoubleField.newRangeQuery(field, Double.NEGATIVE_INFINITY, v);
            case "gt" -> DoubleField.newRangeQuery(field, Math.nextUp(v), Double.POSITIVE_INFINITY);
            case "gte" -> DoubleField.newRangeQuery(field, v, Double.POSITIVE_INFINITY);
            default -> DoubleField.newExactQuery(field, v);
        };
    }

    /** {@code %} is the wildcard; every other character, Lucene's own wildcards included, is literal. Case-insensitive. */
    private Query like(String text) {
        if (f.kind() != Filterable.Kind.KEYWORD) return error("'like' applies to text properties only");
        String folded = DocumentBuilder.fold(text).replaceAll("%{2,}", "%");
        if (folded.length() > MAX_LIKE_CHARS) return error("a 'like' pattern may have at most " + MAX_LIKE_CHARS + " characters");
        if (folded.chars().filter(c -> c == '%').count() > MAX_LIKE_WILDCARDS) {
            return error("a 'like' pattern may have at most " + MAX_LIKE_WILDCARDS + " '%' wildcards");
        }
        StringBuilder p = new StringBuilder();
        for (char c : folded.toCharArray()) {
            if (c == '%') p.append(WildcardQuery.WILDCARD_STRING);
            else if (c == '*' || c == '?' || c == '\\') p.append(WildcardQuery.WILDCARD_ESCAPE).append(c);
            else p.append(c);
        }
        return LikeQueries.of(f.foldedField(), p.toString());
    }

    private FilterValue value(String text) {
        FilterValue v = FilterValue.parse(f, text).orElse(null);
        if (v == null) error("'" + EndpointRegistry.clip(text) + "' is not " + FilterValue.expected(f.kind()));
        return v;
    }

    private Query error(String message) {
        errors.add(new FieldError(param, message));
        return null;
    }
}
