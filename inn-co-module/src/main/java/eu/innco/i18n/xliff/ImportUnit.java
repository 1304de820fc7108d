package eu.innco.i18n.xliff;

import java.util.List;
import java.util.Map;

/**
 * One unit read from a translators' file: its id (the value's path), source and target content
 * (target null when the translator left none), the segment state, the original markup the codes
 * refer to, and a reading problem when the unit could not be understood.
 */
record ImportUnit(String id, List<Inline> source, List<Inline> target, String state, Map<String, String> data, String problem) {
    static ImportUnit broken(String id, String problem) {
        return new ImportUnit(id, List.of(), null, "initial", Map.of(), problem);
    }
}
