package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.i18n.translation.FieldWork;
import eu.innco.i18n.translation.ItemTranslation;
import eu.innco.i18n.translation.LocaleCounts;
import eu.innco.i18n.translation.LocaleWork;
import eu.innco.i18n.translation.TypeOverview;
import eu.innco.i18n.xliff.UnitResult;
import eu.innco.i18n.xliff.XliffImportReport;
import eu.innco.web.JsonBodies;
import java.util.List;

/** The JSON of the translation endpoints: the overview, one item's work per locale, an import's answer. */
final class TranslationsJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TranslationsJson() {}

    static ObjectNode overview(List<TypeOverview> types) {
        ObjectNode o = F.objectNode();
        ArrayNode a = o.putArray("types");
        for (TypeOverview t : types) {
            ObjectNode type = a.addObject().put("type", t.type()).put("items", t.items());
            ObjectNode locales = type.putObject("locales");
            t.locales().forEach((l, c) -> counts(locales.putObject(l), c));
        }
        return o;
    }

    private static void counts(ObjectNode o, LocaleCounts c) {
        o.put("total", c.total()).put("missing", c.missing()).put("draft", c.draft()).put("translated", c.translated())
                .put("reviewed", c.reviewed()).put("outdated", c.outdated()).put("complete", c.complete());
    }

    static ObjectNode item(ItemTranslation t) {
        ObjectNode o = F.objectNode();
        o.put("id", t.item().id()).put("type", t.item().type()).put("name", t.item().name()).put("sourceLocale", t.item().sourceLocale());
        ObjectNode locales = o.putObject("locales");
        for (LocaleWork w : t.locales()) {
            ObjectNode l = locales.putObject(w.locale());
            l.put("translation", w.translation()).put("outdated", w.outdated()).put("translatedFrom", w.translatedFrom())
                    .put("complete", w.complete());
            ArrayNode fields = l.putArray("fields");
            for (FieldWork f : w.fields()) {
                ObjectNode field = fields.addObject().put("path", f.path()).put("need", f.need()).put("state", f.state());
                field.set("source", JsonBodies.MAPPER.valueToTree(f.source()));
                field.set("sourceAtTranslation", JsonBodies.MAPPER.valueToTree(f.sourceAtTranslation()));
                field.set("value", JsonBodies.MAPPER.valueToTree(f.value()));
            }
        }
        return o;
    }

    static ObjectNode report(XliffImportReport r) {
        ObjectNode o = F.objectNode();
        o.put("sourceLocale", r.sourceLocale()).put("targetLocale", r.targetLocale());
        r.counts().forEach(o::put);
        ArrayNode units = o.putArray("units");
        for (UnitResult u : r.units()) {
            units.addObject().put("file", u.file()).put("unit", u.unit()).put("outcome", u.outcome()).put("state", u.state())
                    .put("message", u.message());
        }
        return o;
    }
}
