package eu.innco.delivery;

import eu.innco.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;

/**
 * Reads {@code orderBy=mgnl:lastModified desc,name asc}: text sorts case-insensitively, missing
 * values come last in both directions, and a stable per-item number breaks ties so that pages never
 * overlap. Without {@code orderBy}: relevance for a full-text query, else {@code @name}.
 */
final class SortParser {
    private final Map<String, Filterable> filterables;

    SortParser(Map<String, Filterable> filterables) {
        this.filterables = filterables;
    }

    /** {@code languageFirst}: the reader's own language, then its fallbacks, then other languages, each in the asked order. */
    Sort parse(String orderBy, boolean text, boolean languageFirst, List<FieldError> errors) {
        List<SortField> fields = new ArrayList<>();
        if (languageFirst) fields.add(new SortField(IndexFields.LANGUAGE_RANK, SortField.Type.LONG));
        if (orderBy == null || orderBy.isBlank()) {
            if (text) fields.add(SortField.FIELD_SCORE);
        } else {
            for (String part : orderBy.split(",")) {
                String[] words = part.trim().split("\\s+");
                if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
                    errors.add(new FieldError("orderBy", "write 'property [asc|desc]' separated by commas"));
                    continue;
                }
                Filterable f = filterables.get(words[0]);
                String dir = words.length == 2 ? words[1].toLowerCase(java.util.Locale.ROOT) : "asc";
                if (f == null) {
                    errors.add(new FieldError("orderBy", "unknown property '" + EndpointRegistry.clip(words[0]) + "'; sortable: " + filterables.keySet()));
                } else if (!dir.equals("asc") && !dir.equals("desc")) {
                    errors.add(new FieldError("orderBy", "direction must be asc or desc, not '" + EndpointRegistry.clip(words[1]) + "'"));
                } else {
                    fields.add(field(f, dir.equals("desc")));
                }
            }
        }
        // the default order is by name; every order ends on a per-item number, never on text: comparing
        // text keeps copying the terms of competitive hits out of the compressed terms dictionary
        if (fields.isEmpty()) fields.add(field(filterables.get("@name"), false));
        fields.add(new SortField(IndexFields.TIE, SortField.Type.LONG));
        return new Sort(fields.toArray(SortField[]::new));
    }

    static SortField field(Filterable f, boolean reverse) {
        if (!f.numeric()) {
            SortField s = new SortedSetSortField(f.foldedField(), reverse);
            s.setMissingValue(reverse ? SortField.STRING_FIRST : SortField.STRING_LAST);
            return s;
        }
        if (f.kind() == Filterable.Kind.DOUBLE) {
            SortField s = new SortedNumericSortField(f.numericField(), SortField.Type.DOUBLE, reverse);
            s.setMissingValue(reverse ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            return s;
        }
        SortField s = new SortedNumericSortField(f.numericField(), SortField.Type.LONG, reverse);
        s.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
        return s;
    }
}
