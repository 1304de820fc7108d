package eu.innco.web.portal;

import eu.innco.checkup.Response;
import eu.innco.checkup.Scores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A check-up's results ready for the page: a row per condition (score, spread, people), the chart,
 * and for the weakest and the most divided conditions what the guide says blocks and helps them,
 * which statements point to each blocker, and the condition's techniques with the case studies
 * that used them.
 */
final class CheckupResults {
    private CheckupResults() {}

    static Map<String, Object> of(PortalCall call, CheckupContent content, List<Response> responses) {
        Scores.Results r = Scores.of(content.model(), responses);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("respondents", r.respondents());
        m.put("minimum", Scores.MIN_RESPONDENTS);
        m.put("shown", r.shown());
        if (!r.shown()) return m;
        Map<String, Map<String, Object>> conditions = new LinkedHashMap<>();
        for (Map<String, Object> c : content.conditions()) conditions.put(CheckupContent.id(c), c);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> focus = new ArrayList<>();
        for (Scores.ConditionScore s : r.conditions()) {
            Map<String, Object> c = conditions.get(s.conditionId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", c.get("number"));
            row.put("title", c.get("title"));
            row.put("url", c.get("_url"));
            row.put("people", s.respondents());
            s.score().ifPresent(x -> row.put("score", decimal(x, call.locale)));
            s.spread().ifPresent(x -> row.put("spread", decimal(x, call.locale)));
            s.score().ifPresent(x -> row.put("scoreValue", x));
            s.spread().ifPresent(x -> row.put("spreadValue", x));
            boolean weakest = r.weakest().contains(s.conditionId());
            boolean divided = r.mostDivided().contains(s.conditionId());
            row.put("weakest", weakest);
            row.put("divided", divided);
            rows.add(row);
            if (weakest || divided) focus.add(focus(call, c, s, weakest, divided));
        }
        m.put("rows", rows);
        m.put("chart", CheckupChart.svg(call, rows));
        // the weakest first: where the group most needs to start
        focus.sort(java.util.Comparator.comparing(f -> !Boolean.TRUE.equals(f.get("weakest"))));
        m.put("focus", focus);
        return m;
    }

    private static Map<String, Object> focus(PortalCall call, Map<String, Object> c, Scores.ConditionScore s, boolean weakest, boolean divided) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", c.get("title"));
        f.put("url", c.get("_url"));
        f.put("id", "focus-" + c.get("number"));
        f.put("weakest", weakest);
        f.put("divided", divided);
        f.put("helps", c.getOrDefault("helps", List.of()));
        f.put("blocks", blocks(call, c, s));
        List<Map<String, Object>> techniques = new ArrayList<>();
        if (c.get("techniques") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> t)) continue;
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("name", t.get("name"));
                x.put("url", t.get("_url"));
                x.put("purpose", t.get("purpose"));
                x.put("caseStudies", Queries.items(call, Sections.CASE_STUDIES, "techniques", String.valueOf(t.get("@id")), "limit", "20"));
                techniques.add(x);
            }
        }
        f.put("techniques", techniques);
        return f;
    }

    /** The condition's blockers, each with the statements whose low agreement points to it and their means. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> blocks(PortalCall call, Map<String, Object> c, Scores.ConditionScore s) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Object> blocks = c.get("blocks") instanceof List<?> l ? (List<Object>) l : List.of();
        List<Map<String, Object>> statements = (List<Map<String, Object>>) c.get("statements");
        for (int i = 0; i < blocks.size(); i++) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("text", blocks.get(i));
            List<Map<String, Object>> signals = new ArrayList<>();
            for (Map<String, Object> st : statements) {
                if (!(st.get("signalsBlockers") instanceof List<?> nums) || !nums.contains((long) (i + 1)) && !nums.contains(i + 1)) continue;
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("text", st.get("text"));
                s.statements().stream().filter(ss -> ss.statementId().equals(CheckupContent.id(st))).findFirst()
                        .flatMap(Scores.StatementScore::mean).ifPresent(mean -> x.put("mean", decimal(mean, call.locale)));
                signals.add(x);
            }
            b.put("signals", signals);
            out.add(b);
        }
        return out;
    }

    /** Two decimals, rounded half up, with the locale's decimal separator (3,67 in French). */
    static String decimal(double value, String locale) {
        String plain = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        char sep = DecimalFormatSymbols.getInstance(Locale.forLanguageTag(locale)).getDecimalSeparator();
        return plain.replace('.', sep);
    }
}
