package eu.innco.exports;

import eu.innco.content.ItemValues;
import eu.innco.content.SystemProperties;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Dates;
import eu.innco.contenttype.field.GeoPoint;
import eu.innco.contenttype.field.FieldKind;
import eu.innco.exports.YamlOut.Scalar;
import eu.innco.site.SiteLocales;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one item file. The key order is fixed (system keys, then properties in definition order,
 * each localised property as {@code title}, {@code title_fr}, ... in site-locale order, then
 * {@code innco:data}), so that the same content always gives the same bytes.
 */
final class ItemYamlWriter {
    private final SiteLocales locales;

    ItemYamlWriter(SiteLocales locales) {
        this.locales = locales;
    }

    String write(ItemSnapshot item) {
        YamlOut out = new YamlOut();
        out.mapping(0, item.name());
        out.string(2, ExportNames.PRIMARY_TYPE, item.type().nodeType());
        out.string(2, ExportNames.UUID, item.uuid());
        date(out, SystemProperties.CREATED, item.created());
        text(out, SystemProperties.CREATED_BY, item.createdBy());
        date(out, SystemProperties.LAST_MODIFIED, item.lastModified());
        text(out, SystemProperties.LAST_MODIFIED_BY, item.lastModifiedBy());
        text(out, ExportNames.SOURCE_LOCALE, item.sourceLocale());
        if (!item.publishedLocales().isEmpty()) {
            out.list(2, ExportNames.PUBLISHED_LOCALES, item.publishedLocales().stream().map(Scalar::string).toList());
        }
        translations(out, item);
        properties(out, 2, item.type().properties(), item.values());
        item.binary().ifPresent(b -> out.flow(2, ExportNames.DATA, b.flow()));
        return out.text();
    }

    /**
     * One line per locale, {@code fr: {state: 'translated', sourceHash: '...'}}; {@code from} only when it is not
     * the item's source locale; an outdated translation as a block with the {@code source} it was made from.
     */
    private void translations(YamlOut out, ItemSnapshot item) {
        if (item.translations().isEmpty()) return;
        out.mapping(2, ExportNames.TRANSLATIONS);
        item.translations().forEach((locale, m) -> {
            List<String[]> parts = new ArrayList<>();
            parts.add(new String[] {TranslationsYaml.STATE, m.state()});
            m.from().filter(f -> !f.equals(item.sourceLocale())).ifPresent(f -> parts.add(new String[] {TranslationsYaml.FROM, f}));
            m.sourceHash().ifPresent(h -> parts.add(new String[] {TranslationsYaml.SOURCE_HASH, h}));
            String fields = fieldsFlow(m.fields());
            if (m.source().isEmpty()) {
                List<String> flow = new ArrayList<>(parts.stream().map(p -> p[0] + ": " + YamlText.singleQuoted(p[1])).toList());
                if (!fields.isEmpty()) flow.add(TranslationsYaml.FIELDS + ": " + fields);
                out.flow(4, locale, "{" + String.join(", ", flow) + "}");
                return;
            }
            out.mapping(4, locale);
            for (String[] p : parts) out.string(6, p[0], p[1]);
            if (!fields.isEmpty()) out.flow(6, TranslationsYaml.FIELDS, fields);
            out.mapping(6, TranslationsYaml.SOURCE);
            properties(out, 8, item.type().properties(), m.source().get());
        });
    }

    /** {@code {'body': 'reviewed'}}: values whose state differs from their locale's; empty text for none. */
    private static String fieldsFlow(Map<String, String> fields) {
        if (fields.isEmpty()) return "";
        List<String> pairs = fields.entrySet().stream().map(e -> YamlText.singleQuoted(e.getKey()) + ": " + YamlText.singleQuoted(e.getValue())).toList();
        return "{" + String.join(", ", pairs) + "}";
    }

    private void properties(YamlOut out, int indent, List<PropertyDefinition> props, ItemValues values) {
        for (PropertyDefinition p : props) {
            Object v = values.get(p.name()).orElse(null);
            if (v == null) continue;
            if (p.isSubModel()) {
                subModel(out, indent, p, v);
            } else if (p.i18n()) {
                Map<?, ?> byLocale = (Map<?, ?>) v;
                for (String l : locales.locales()) {
                    if (byLocale.get(l) != null) value(out, indent, locales.propertyName(p.name(), l), p, byLocale.get(l));
                }
            } else {
                value(out, indent, p.name(), p, v);
            }
        }
    }

    private void subModel(YamlOut out, int indent, PropertyDefinition p, Object v) {
        // empty sub-models are dropped on import too: writing them would not survive a round trip
        List<ItemValues> entries = new ArrayList<>();
        for (Object one : p.multiple() ? (List<?>) v : List.of(v)) {
            if (!((ItemValues) one).asMap().isEmpty()) entries.add((ItemValues) one);
        }
        if (entries.isEmpty()) return;
        out.mapping(indent, p.name());
        out.string(indent + 2, ExportNames.PRIMARY_TYPE, ExportNames.CONTENT_NODE);
        if (!p.multiple()) {
            properties(out, indent + 2, p.subModel().properties(), entries.get(0));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            out.mapping(indent + 2, Integer.toString(i));
            out.string(indent + 4, ExportNames.PRIMARY_TYPE, ExportNames.CONTENT_NODE);
            properties(out, indent + 4, p.subModel().properties(), entries.get(i));
        }
    }

    private void value(YamlOut out, int indent, String key, PropertyDefinition p, Object v) {
        boolean html = p.fieldType().kind() == FieldKind.RICH_TEXT;
        if (p.multiple()) out.list(indent, key, ((List<?>) v).stream().map(x -> html ? ReadableHtml.of((String) x) : x).map(ItemYamlWriter::scalar).toList());
        else out.scalar(indent, key, scalar(html ? ReadableHtml.of((String) v) : v));
    }

    /** Numbers and booleans plain; dates, points, references and text as strings. */
    static Scalar scalar(Object v) {
        if (v instanceof Boolean || v instanceof Long) return Scalar.plain(v.toString());
        if (v instanceof Double d) return Scalar.plain(Double.toString(d));
        if (v instanceof BigDecimal d) return Scalar.plain(d.toPlainString());
        if (v instanceof Instant t) return Scalar.string(Dates.format(t));
        if (v instanceof GeoPoint g) return Scalar.string(g.stored());
        return Scalar.string(v.toString());
    }

    private static void date(YamlOut out, String key, Instant t) {
        if (t != null) out.string(2, key, Dates.format(t));
    }

    private static void text(YamlOut out, String key, String s) {
        if (s != null) out.string(2, key, s);
    }
}
