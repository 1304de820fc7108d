package eu.innco.web.editor;

import eu.innco.content.FieldState;
import eu.innco.content.FieldStates;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-value state selectors of the translation view. The form edits a list property as one
 * field, so its entries ({@code whatHelped.0}, {@code whatHelped.1}) share one selector that shows
 * their lowest state and, when changed, sets them all.
 */
final class FieldStateForm {
    static final String PREFIX = "fieldState.";
    private static final List<String> SETTABLE = List.of("draft", "translated", "reviewed");

    private FieldStateForm() {}

    /** The state to show per form field path: a value's own, or the lowest of a list's entries. */
    static Map<String, String> shown(Map<String, FieldState> fields) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        fields.forEach((path, f) -> grouped.computeIfAbsent(formPath(path), k -> new ArrayList<>()).add(f.state()));
        Map<String, String> out = new LinkedHashMap<>();
        grouped.forEach((path, states) -> out.put(path, FieldStates.lowest(states).orElse("missing")));
        return out;
    }

    /** The states the person changed, by value path ({@code body: reviewed}); selectors left as shown ask nothing. */
    static Map<String, String> asked(MultivaluedMap<String, String> form, Map<String, FieldState> fields) {
        Map<String, String> shown = shown(fields);
        Map<String, String> out = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (!key.startsWith(PREFIX) || values.isEmpty()) return;
            String formPath = key.substring(PREFIX.length());
            String wanted = values.get(0);
            String was = shown.get(formPath);
            if (!SETTABLE.contains(wanted) || was == null || was.equals("missing") || was.equals(wanted)) return;
            fields.forEach((path, f) -> {
                if (formPath(path).equals(formPath) && !f.state().equals("missing")) out.put(path, wanted);
            });
        });
        return out;
    }

    /** {@code whatHelped.1} to the form's {@code whatHelped}; other paths as they are. */
    private static String formPath(String path) {
        return path.replaceFirst("\\.\\d+$", "");
    }
}
