package eu.innco.web.portal;

import eu.innco.checkup.Scores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a check-up asks, read from published content in the page's language: the five conditions in
 * their order, each with its statements in theirs. Statements are content (the
 * {@code checkupStatement} type), so editors change the questions without a release.
 */
record CheckupContent(List<Map<String, Object>> conditions, Map<String, Map<String, Object>> statements,
                      List<Scores.ConditionStatements> model) {
    static final Sections STATEMENTS = new Sections("checkupStatement", "innco:checkupStatement", "checkupStatements", "check-up");

    /** Kept per language until statements or conditions are published: every answer is checked against it, and only a publication changes it. */
    static CheckupContent read(PortalCall call) {
        return call.portal.reads.get(call, "checkup content " + call.locale, () -> build(call), c -> 2048L * (1 + c.statements().size()),
                c -> new eu.innco.web.cache.Dependencies(java.util.Set.of(), java.util.Set.of(STATEMENTS.endpoint(), Sections.CONDITIONS.endpoint())));
    }

    private static CheckupContent build(PortalCall call) {
        List<Map<String, Object>> statements = new ArrayList<>(Queries.items(call, STATEMENTS, "limit", "100"));
        statements.sort(Comparator.comparingLong(s -> s.get("order") instanceof Number n ? n.longValue() : Long.MAX_VALUE));
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> s : statements) byId.put(id(s), s);
        List<Map<String, Object>> conditions = new ArrayList<>();
        List<Scores.ConditionStatements> model = new ArrayList<>();
        for (Map<String, Object> c : Queries.items(call, Sections.CONDITIONS, "orderBy", "number asc", "limit", "10")) {
            String cid = id(c);
            List<Map<String, Object>> own = statements.stream().filter(s -> cid.equals(ref(s.get("condition")))).toList();
            if (own.isEmpty()) continue;
            Map<String, Object> m = new LinkedHashMap<>(c);
            m.put("statements", own);
            conditions.add(java.util.Collections.unmodifiableMap(m)); // shared by every reader of the generation
            model.add(new Scores.ConditionStatements(cid, own.stream().map(CheckupContent::id).toList()));
        }
        return new CheckupContent(List.copyOf(conditions), java.util.Collections.unmodifiableMap(byId), List.copyOf(model));
    }

    static String id(Map<String, ?> item) {
        return String.valueOf(item.get("@id"));
    }

    /** A reference as delivery gives it: the id, or the expanded item. */
    static String ref(Object value) {
        return value instanceof Map<?, ?> m ? String.valueOf(m.get("@id")) : String.valueOf(value);
    }
}
