package eu.innco.checkup;

import java.util.HashMap;
import java.util.Map;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * A participant's answers as the values of one multi-valued property, {@code <statement>=<value>}.
 * Oak's JCR layer spends most of a save on per-property work (name checks, the node type's
 * property definitions, the commit's validators), so one property instead of one per statement is
 * what lets a burst of answers share a commit cheaply (docs/benchmarks.md).
 */
final class StoredAnswers {
    private StoredAnswers() {}

    static String[] encode(Map<String, Integer> answers) {
        return answers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toArray(String[]::new);
    }

    static Map<String, Integer> decode(Value[] values) throws RepositoryException {
        Map<String, Integer> out = new HashMap<>();
        for (Value v : values) {
            String s = v.getString();
            int eq = s.lastIndexOf('=');
            // statement ids never hold '='; a value that does not parse is skipped rather than failing the whole check-up
            if (eq > 0 && s.substring(eq + 1).matches("[0-5]")) out.put(s.substring(0, eq), s.charAt(eq + 1) - '0');
        }
        return out;
    }
}
