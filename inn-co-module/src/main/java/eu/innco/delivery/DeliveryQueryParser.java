package eu.innco.delivery;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns the query parameters of a delivery list into a Lucene query, built from values only
 * (terms, point ranges, wildcards with every client character escaped, terms analysed by the
 * locale's analyser): no client text ever reaches a query syntax parser. Every malformed parameter
 * is reported, each by name, in one 400.
 */
public final class DeliveryQueryParser {
    public static final Set<String> RESERVED = Set.of("lang", "otherLanguages", "limit", "offset", "orderBy", "q", "format", "previewToken",
            "@ancestor");
    static final Set<String> OPERATORS = Set.of("eq", "ne", "lt", "lte", "gt", "gte", "like", "in", "not-in");
    private static final Pattern PARAM = Pattern.compile("([^\\[\\]]+)(?:\\[([^\\[\\]]*)\\])?");
    private static final int MAX_VALUE_CHARS = 500;
    private static final int MAX_VALUES = 100;
    private static final int MAX_TERMS = 32;
    /** Filters per request, and {@code like} filters among them (each one reads the property's whole term dictionary). */
    static final int MAX_FILTERS = 20;
    static final int MAX_LIKE_FILTERS = 3;

    private final Analyzers analyzers;

    public DeliveryQueryParser(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    public DeliveryQuery parse(EndpointDefinition ep, String locale, Map<String, List<String>> params) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Filterable> filterables = Filterable.of(ep.type());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(IndexFields.ENDPOINT, ep.name())), Occur.FILTER);
        boolean any = anyLanguage(params);
        b.add(localeFilter(locale, any), Occur.FILTER);
        if (!ep.rootPath().equals("/")) b.add(new PrefixQuery(new Term(IndexFields.PATH, ep.rootPath() + "/")), Occur.FILTER);
        ancestor(first(params, "@ancestor"), b, errors);
        int limit = number(first(params, "limit"), "limit", ep.defaultLimit(), 1, EndpointDefinition.MAX_LIMIT, errors);
        int offset = number(first(params, "offset"), "offset", 0, 0, Integer.MAX_VALUE, errors);
        String format = first(params, "format");
        if (format != null && !format.equals("json") && !format.equals("geojson")) {
            errors.add(new FieldError("format", "must be json or geojson"));
        }
        String q = first(params, "q");
        boolean text = q != null && !q.isBlank();
        List<Term> words = new ArrayList<>();
        if (text) b.add(text(q, locale, words, errors), Occur.MUST);
        int filters = 0;
        int likes = 0;
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (RESERVED.contains(e.getKey())) continue;
            boolean like = e.getKey().endsWith("[like]");
            for (String value : e.getValue()) {
                // the cost of a request is bounded too, not only of each filter: too many is a 400 naming the first one over
                if (++filters > MAX_FILTERS || (like && ++likes > MAX_LIKE_FILTERS)) {
                    errors.add(new FieldError(e.getKey(), filters > MAX_FILTERS ? "at most " + MAX_FILTERS + " filters in one request"
                            : "at most " + MAX_LIKE_FILTERS + " 'like' filters in one request"));
                    return failed(errors);
                }
                filter(e.getKey(), value, filterables, b, errors);
            }
        }
        String orderBy = first(params, "orderBy");
        // GeoJSON without an order sends every feature to a map, where order means nothing: the per-item number
        // then, not the names (sorting thousands of hits by text copies terms out of the compressed dictionary)
        boolean anyOrder = "geojson".equals(format) && !text && (orderBy == null || orderBy.isBlank());
        var sort = anyOrder ? new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(IndexFields.TIE,
                org.apache.lucene.search.SortField.Type.LONG))
                : new SortParser(filterables).parse(orderBy, text, any && "ranked".equals(first(params, "otherLanguages")), errors);
        if (!errors.isEmpty()) return failed(errors);
        return new DeliveryQuery(b.build(), sort, offset, limit, "geojson".equals(format), ep.name(), words);
    }

    /**
     * {@code otherLanguages=include}: also the items in none of the languages of the reader's chain,
     * each in its own language, in the asked order; {@code otherLanguages=ranked}: the same, the
     * reader's own language first, then its fallbacks, then the others; {@code otherLanguages=exclude}
     * (the default) leaves them out. Not {@code languages}: content types have properties of that name.
     */
    public static boolean anyLanguage(Map<String, List<String>> params) {
        String v = first(params, "otherLanguages");
        if (v == null || v.equals("exclude")) return false;
        if (v.equals("include") || v.equals("ranked")) return true;
        String why = "must be 'exclude' (the default), 'include' or 'ranked'";
        throw InncoException.invalid(ErrorCode.QUERY_002, "otherLanguages: " + why, List.of(new FieldError("otherLanguages", why)));
    }

    /** Magnolia's {@code @ancestor}: the nodes below a path of the workspace (not the node itself). */
    private static void ancestor(String path, BooleanQuery.Builder b, List<FieldError> errors) {
        if (path == null) return;
        if (!path.startsWith("/")) {
            errors.add(new FieldError("@ancestor", "must be a path inside the workspace, starting with '/'"));
            return;
        }
        String p = path.replaceAll("/+$", "");
        if (!p.isEmpty()) b.add(new PrefixQuery(new Term(IndexFields.PATH, p + "/")), Occur.FILTER);
    }

    private static Query localeFilter(String locale, boolean any) {
        Query own = new TermQuery(new Term(IndexFields.LOCALE, locale));
        if (!any || NodeRenderer.ALL.equals(locale)) return own;
        return new BooleanQuery.Builder().add(own, Occur.SHOULD)
                .add(new TermQuery(new Term(IndexFields.LOCALE, IndexFields.otherLanguage(locale))), Occur.SHOULD).build();
    }

    private static DeliveryQuery failed(List<FieldError> errors) {
        throw InncoException.invalid(ErrorCode.QUERY_002, errors.size() + " malformed query parameter(s), first: "
                + errors.get(0).path() + ": " + errors.get(0).message(), errors);
    }

    static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static int number(String text, String name, int dflt, int min, int max, List<FieldError> errors) {
        if (text == null) return dflt;
        try {
            long v = Long.parseLong(text.trim());
            if (v >= min && v <= max) return (int) v;
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, max == Integer.MAX_VALUE ? "must be a whole number, 0 or more"
                : "must be a whole number from " + min + " to " + max));
        return dflt;
    }

    /** {@code words}: given the terms of the query returned, each a required clause of it. */
    private Query text(String q, String locale, List<Term> words, List<FieldError> errors) {
        if (q.length() > MAX_VALUE_CHARS) {
            errors.add(new FieldError("q", "must be at most " + MAX_VALUE_CHARS + " characters"));
            return new MatchNoDocsQuery();
        }
        Analyzer a = analyzers.forLocale(locale);
        String field = Analyzers.textField(locale);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        try (TokenStream ts = a.tokenStream(field, q)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && n < MAX_TERMS) {
                Term t = new Term(field, term.toString());
                b.add(new TermQuery(t), Occur.MUST);
                words.add(t);
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (n == 0) words.clear();
        return n == 0 ? new MatchNoDocsQuery("no searchable words") : b.build();
    }

    private void filter(String param, String value, Map<String, Filterable> filterables, BooleanQuery.Builder b, List<FieldError> errors) {
        Matcher m = PARAM.matcher(param);
        if (!m.matches()) {
            errors.add(new FieldError(param, "is not a property filter; write property=value or property[operator]=value"));
            return;
        }
        String name = m.group(1);
        String op = m.group(2) == null ? "eq" : m.group(2);
        Filterable f = filterables.get(name);
        if (f == null) {
            errors.add(new FieldError(param, "unknown property '" + EndpointRegistry.clip(name) + "'; filterable: " + filterables.keySet()));
            return;
        }
        if (!OPERATORS.contains(op)) {
            errors.add(new FieldError(param, "unknown operator '" + EndpointRegistry.clip(op) + "'; operators: eq, ne, lt, lte, gt, gte, like, in, not-in"));
            return;
        }
        if (value.length() > MAX_VALUE_CHARS) {
            errors.add(new FieldError(param, "the value must be at most " + MAX_VALUE_CHARS + " characters"));
            return;
        }
        try {
            Query q = new FilterQueries(f, param, errors).build(op, value, MAX_VALUES);
            if (q != null) b.add(q, op.equals("ne") || op.equals("not-in") ? Occur.MUST_NOT : Occur.FILTER);
        } catch (TooComplexToDeterminizeException e) {
            errors.add(new FieldError(param, "the pattern is too complex"));
        }
    }
}
