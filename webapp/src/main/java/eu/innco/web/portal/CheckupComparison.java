package eu.innco.web.portal;

import eu.innco.checkup.Checkup;
import eu.innco.checkup.Response;
import eu.innco.checkup.Scores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A follow-up check-up beside the group's earlier one: per condition the earlier score, today's and
 * the change, each only where both had enough answers (the same anonymity rule as the results).
 */
final class CheckupComparison {
    private CheckupComparison() {}

    static Map<String, Object> of(PortalCall call, CheckupContent content, Checkup earlier, List<Response> before, List<Response> now) {
        Scores.Results a = Scores.of(content.model(), before);
        Scores.Results b = Scores.of(content.model(), now);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", call.date(earlier.created().toString()));
        m.put("shown", a.shown() && b.shown());
        if (!a.shown() || !b.shown()) return m;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> c : content.conditions()) {
            String id = CheckupContent.id(c);
            Optional<Double> was = score(a, id);
            Optional<Double> is = score(b, id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", c.get("number"));
            row.put("title", c.get("title"));
            was.ifPresent(x -> row.put("before", CheckupResults.decimal(x, call.locale)));
            is.ifPresent(x -> row.put("now", CheckupResults.decimal(x, call.locale)));
            if (was.isPresent() && is.isPresent()) {
                double d = is.get() - was.get();
                String text = CheckupResults.decimal(Math.abs(d), call.locale);
                // a change that rounds to zero is shown without a sign
                row.put("change", text.matches("0[.,]00") ? text : (d > 0 ? "+" : "−") + text);
            }
            rows.add(row);
        }
        m.put("rows", rows);
        return m;
    }

    private static Optional<Double> score(Scores.Results r, String conditionId) {
        return r.conditions().stream().filter(c -> c.conditionId().equals(conditionId)).findFirst().flatMap(Scores.ConditionScore::score);
    }
}
