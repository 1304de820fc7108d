package eu.innco.i18n.xliff;

import java.util.List;
import java.util.Map;

/**
 * One localised value in a translators' file: its path as the unit id, source and target (null when
 * the target locale has no value) as inline content, the original markup both refer to, the XLIFF
 * segment state and our finer sub-state ({@code innco:draft}, {@code innco:outdated}).
 */
record ExportUnit(String id, List<Inline> source, List<Inline> target, Map<String, String> data, String state, String subState,
                  Integer maxLength) {
    ExportUnit {
        source = List.copyOf(source);
        target = target == null ? null : List.copyOf(target);
        data = Map.copyOf(data);
    }
}
