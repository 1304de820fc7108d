package eu.innco.checkup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * A participant's answers as one string property, a line {@code <statement>=<value>} per answer.
 * The store's cost per save grows with the records it writes: one property per statement first,
 * then one multi-valued property (a list record and a string record per value), now one string
 * (docs/benchmarks.md). Answers saved in the earlier two forms are still read.
 */
final class StoredAnswers {
    private StoredAnswers() {}

    static String encode(Map<String, Integer> answers) {
        return String.join("\n", answers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
    }

    /** The property as written now (one string) or by the previous version (one value per answer). */
    static Map<String, Integer> decode(Property p) throws RepositoryException {
        if (!p.isMultiple()) return decode(List.of(p.getString().split("\n")));
        List<String> lines = new java.util.ArrayList<>();
        for (Value v : p.getValues()) lines.add(v.getString());
        return decode(lines);
    }

    static Map<String, Integer> decode(List<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (String s : lines) {
            int eq = s.lastIndexOf('=');
            // statement ids never hold '=' nor a line break; a value that does not parse is skipped rather than failing the whole check-up
            if (eq > 0 && s.substring(eq + 1).matches("[0-5]")) out.put(s.substring(0, eq), s.charAt(eq + 1) - '0');
        }
        return out;
    }
}
