package eu.innco.i18n.xliff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answer to a translators' file: its languages, counts per outcome and what happened to each unit. */
public record XliffImportReport(String sourceLocale, String targetLocale, List<UnitResult> units) {
    public XliffImportReport {
        units = List.copyOf(units);
    }

    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String o : UnitResult.OUTCOMES) out.put(o, 0);
        for (UnitResult u : units) out.merge(u.outcome(), 1, Integer::sum);
        return out;
    }

    public int count(String outcome) {
        return counts().getOrDefault(outcome, 0);
    }
}
