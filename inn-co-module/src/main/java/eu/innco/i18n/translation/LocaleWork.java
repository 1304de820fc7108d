package eu.innco.i18n.translation;

import java.util.List;

/**
 * Where one locale of an item stands: its state, whether its source moved on, which locale it was
 * translated from, the values that need work, and whether it is complete (the source locale with
 * values, or a translated or reviewed locale with nothing missing or outdated).
 */
public record LocaleWork(String locale, String translation, boolean outdated, String translatedFrom, boolean complete,
                         List<FieldWork> fields) {
    public LocaleWork {
        fields = List.copyOf(fields);
    }
}
