package eu.innco.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.contenttype.field.Violations;
import eu.innco.site.SiteLocales;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Translation states per item and locale, kept on the working copy: the state (draft, translated,
 * reviewed; "missing" is having no values), the lowest of its values' own states ({@link FieldStates}),
 * and, for a translation, the locale it was made from with
 * the hash and a copy of that locale's localised values at the time. A later change of those values
 * makes the translation outdated, and the copy shows field by field what changed.
 */
public final class TranslationStates {
    public static final List<String> STATES = List.of("missing", "draft", "translated", "reviewed");
    /** The states a client or a translator's file may set; "missing" follows from having no values. */
    public static final List<String> SETTABLE = List.of("draft", "translated", "reviewed");
    static final String FROM = "innco:translatedFrom_";
    static final String HASH = "innco:translatedHash_";
    static final String SOURCE = "innco:translatedSource_";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a translation was made from: the source locale, the hash and a copy of its localised values then. */
    public record Snapshot(String from, String hash, ItemValues values) {}

    private final SiteLocales locales;
    private final ValuesJson json;

    TranslationStates(SiteLocales locales, ValuesJson json) {
        this.locales = locales;
        this.json = json;
    }

    void afterWrite(Node n, ContentTypeDefinition type, ItemValues before, ItemValues after, String sourceLocale,
                    Map<String, String> asked) throws RepositoryException {
        afterWrite(n, type, before, after, sourceLocale, StateRequest.ofLocales(asked));
    }

    /**
     * Keeps the states right after the item's values were written. A locale without values loses
     * its states; an asked state is set (a field's over its locale's); a value that changed otherwise
     * becomes a draft; the locale's state is the lowest of its values'. A translation takes a snapshot
     * of its source when it is first written and whenever the whole locale is marked translated or
     * reviewed; marking one value refreshes only that value's part of the snapshot, so the other
     * values stay outdated. The source locale itself is never a translation.
     */
    void afterWrite(Node n, ContentTypeDefinition type, ItemValues before, ItemValues after, String sourceLocale,
                    StateRequest asked) throws RepositoryException {
        Set<String> changed = new HashSet<>();
        for (ValueChange c : ValueDiff.diff(type.properties(), before, after)) if (c.locale() != null) changed.add(c.locale());
        for (String l : locales.locales()) {
            if (!ItemNodes.hasValueIn(type.properties(), after, l)) {
                clear(n, l, true);
                FieldStates.clear(n, l);
                continue;
            }
            String localeAsked = asked.locales().get(l);
            Map<String, String> fields = FieldStates.next(n, type.properties(), before, after, l, localeAsked, asked.fields(l));
            String state = FieldStates.lowest(fields.values()).orElse(localeAsked != null ? localeAsked
                    : changed.contains(l) ? "draft" : null);
            if (state != null) n.setProperty(ItemNodes.TRANSLATION_PREFIX + l, state);
            FieldStates.write(n, l, fields);
            if (l.equals(sourceLocale)) {
                clear(n, l, false);
            } else if (!n.hasProperty(HASH + l) || "translated".equals(localeAsked) || "reviewed".equals(localeAsked)) {
                snapshot(n, type, after, l, sourceLocale);
            } else {
                for (Map.Entry<String, String> e : asked.fields(l).entrySet()) {
                    if ("translated".equals(e.getValue()) || "reviewed".equals(e.getValue())) refresh(n, type, after, l, e.getKey());
                }
            }
        }
    }

    /** Takes the current source of one value into the locale's snapshot: that value is no longer outdated. */
    private void refresh(Node n, ContentTypeDefinition type, ItemValues values, String locale, String path) throws RepositoryException {
        Optional<Snapshot> snap = snapshot(n, type, locale);
        if (snap.isEmpty()) return;
        List<PropertyDefinition> props = type.properties();
        String from = snap.get().from();
        LocalisedFields.Field now = LocalisedFields.of(props, values, from).get(path);
        // a value whose source is gone, or whose place the old snapshot lacks, stays outdated until the locale is marked
        if (now == null || LocalisedFields.property(props, snap.get().values(), path).isEmpty()) return;
        ItemValues copy = LocalisedFields.with(props, snap.get().values(), path, from, now.value());
        n.setProperty(SOURCE + locale, json.write(props, copy).toString());
        n.setProperty(HASH + locale, LocaleFingerprint.ofLocalisedOnly(props, copy, from, json));
    }

    private void snapshot(Node n, ContentTypeDefinition type, ItemValues values, String locale, String from)
            throws RepositoryException {
        ItemValues source = LocaleView.restrict(type.properties(), values, from, false);
        n.setProperty(FROM + locale, from);
        n.setProperty(HASH + locale, LocaleFingerprint.ofLocalisedOnly(type.properties(), values, from, json));
        n.setProperty(SOURCE + locale, json.write(type.properties(), source).toString());
    }

    private static void clear(Node n, String locale, boolean state) throws RepositoryException {
        List<String> names = state ? List.of(ItemNodes.TRANSLATION_PREFIX, FROM, HASH, SOURCE) : List.of(FROM, HASH, SOURCE);
        for (String prefix : names) if (n.hasProperty(prefix + locale)) n.getProperty(prefix + locale).remove();
    }

    /** True when the locale is a translation whose source values changed since its snapshot. */
    boolean outdated(Node n, ContentTypeDefinition type, ItemValues values, String locale, String sourceLocale,
                     Map<String, String> hashCache) throws RepositoryException {
        if (locale.equals(sourceLocale) || !n.hasProperty(HASH + locale)) return false;
        String from = n.hasProperty(FROM + locale) ? n.getProperty(FROM + locale).getString() : sourceLocale;
        String now = hashCache.computeIfAbsent(from, f -> LocaleFingerprint.ofLocalisedOnly(type.properties(), values, f, json));
        String stored = n.getProperty(HASH + locale).getString();
        if (now.equals(stored)) return false;
        // a slug made from the title (LocalisedFields.derived) after the snapshot was taken is no change of the source
        List<PropertyDefinition> translated = type.properties().stream().filter(p -> !LocalisedFields.derived(p)).toList();
        return !hashCache.computeIfAbsent(from + "~", f -> LocaleFingerprint.ofLocalisedOnly(translated, values, from, json)).equals(stored);
    }

    /** The snapshot of the locale's source, when the locale is a translation that has one. */
    public Optional<Snapshot> snapshot(Node n, ContentTypeDefinition type, String locale) throws RepositoryException {
        if (!n.hasProperty(HASH + locale) || !n.hasProperty(FROM + locale)) return Optional.empty();
        ItemValues values = new ItemValues();
        if (n.hasProperty(SOURCE + locale)) {
            try {
                JsonNode copy = MAPPER.readTree(n.getProperty(SOURCE + locale).getString());
                values = json.read(type.properties(), copy, "", new Violations());
            } catch (java.io.IOException e) {
                // a copy that cannot be read only costs the field-by-field comparison, not the state
            }
        }
        return Optional.of(new Snapshot(n.getProperty(FROM + locale).getString(), n.getProperty(HASH + locale).getString(), values));
    }
}
