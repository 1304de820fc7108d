package eu.innco.content;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.site.SiteLocales;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.RepositoryException;

/**
 * Carries translation states and their source snapshots through export files, so that a backup
 * and a restore keep the translation workflow: which locale (and which value, where it differs from
 * its locale) is translated or reviewed, and which translation is outdated. A snapshot's copy of the source is exported only for an outdated
 * translation; for a current one it equals the source as the file holds it.
 */
public final class TranslationMarks {
    private final SiteLocales locales;
    private final ValuesJson json;
    private final TranslationStates states;

    TranslationMarks(SiteLocales locales, ValuesJson json, TranslationStates states) {
        this.locales = locales;
        this.json = json;
        this.states = states;
    }

    /** The marks of a stored item: one per locale that has values, in site-locale order. */
    public Map<String, TranslationMark> read(Node n, ContentTypeDefinition type, ItemValues values, String sourceLocale)
            throws RepositoryException {
        Map<String, TranslationMark> out = new LinkedHashMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (String l : locales.locales()) {
            if (!ItemNodes.hasValueIn(type.properties(), values, l)) continue;
            String state = ItemNodes.stringOr(n, ItemNodes.TRANSLATION_PREFIX + l, "draft");
            Map<String, String> fields = differing(n, type, values, l, state);
            if (l.equals(sourceLocale) || !n.hasProperty(TranslationStates.HASH + l)) {
                out.put(l, TranslationMark.of(state).withFields(fields));
                continue;
            }
            String from = ItemNodes.stringOr(n, TranslationStates.FROM + l, sourceLocale);
            String hash = n.getProperty(TranslationStates.HASH + l).getString();
            String now = hashes.computeIfAbsent(from, f -> hash(type.properties(), values, f));
            Optional<ItemValues> copy = Optional.empty();
            if (!now.equals(hash)) {
                copy = states.snapshot(n, type, l).map(TranslationStates.Snapshot::values).filter(v -> !v.asMap().isEmpty());
            }
            out.put(l, new TranslationMark(state, Optional.of(from), Optional.of(hash), copy, fields));
        }
        return out;
    }

    /** The values whose state is not the locale's: only these travel, so files of uniform locales stay as they were. */
    private static Map<String, String> differing(Node n, ContentTypeDefinition type, ItemValues values, String locale, String state)
            throws RepositoryException {
        Map<String, String> out = new LinkedHashMap<>();
        FieldStates.read(n, type.properties(), values, locale).forEach((path, s) -> { if (!s.equals(state)) out.put(path, s); });
        return out;
    }

    /**
     * Sets the states after an import wrote the item's values: the marks' states, and for the
     * locales without a mark what an edit would give (a changed locale becomes a draft). A mark's
     * source snapshot replaces the one taken now; a hash without a copy keeps the copy only when
     * the source is still what the hash says.
     */
    public void write(Node n, ContentTypeDefinition type, ItemValues before, ItemValues after, String sourceLocale,
                      Map<String, TranslationMark> marks) throws RepositoryException {
        Map<String, String> asked = new HashMap<>();
        Map<String, Map<String, String>> fields = new HashMap<>();
        marks.forEach((l, m) -> {
            asked.put(l, m.state());
            fields.put(l, m.fields());
        });
        states.afterWrite(n, type, before, after, sourceLocale, new StateRequest(asked, fields));
        List<PropertyDefinition> props = type.properties();
        for (Map.Entry<String, TranslationMark> e : marks.entrySet()) {
            String l = e.getKey();
            TranslationMark m = e.getValue();
            if (m.stateOnly() || l.equals(sourceLocale) || !ItemNodes.hasValueIn(props, after, l)) continue;
            String from = m.from().orElse(sourceLocale);
            String current = hash(props, after, from);
            String hash = expectedHash(props, m, from).orElse(current);
            n.setProperty(TranslationStates.FROM + l, from);
            n.setProperty(TranslationStates.HASH + l, hash);
            Optional<String> copy = m.source().map(c -> copy(props, c, from));
            if (copy.isEmpty() && hash.equals(current)) copy = Optional.of(copy(props, after, from));
            if (copy.isPresent()) n.setProperty(TranslationStates.SOURCE + l, copy.get());
            else if (n.hasProperty(TranslationStates.SOURCE + l)) n.getProperty(TranslationStates.SOURCE + l).remove();
        }
    }

    /** True when the stored item already has what the marks say; what they leave out is not compared. */
    public boolean matches(Node n, ContentTypeDefinition type, ItemValues values, String sourceLocale,
                           Map<String, TranslationMark> marks) throws RepositoryException {
        List<PropertyDefinition> props = type.properties();
        for (Map.Entry<String, TranslationMark> e : marks.entrySet()) {
            String l = e.getKey();
            TranslationMark m = e.getValue();
            if (!m.state().equals(ItemNodes.stringOr(n, ItemNodes.TRANSLATION_PREFIX + l, null))) return false;
            if (!m.fields().equals(differing(n, type, values, l, m.state()))) return false;
            if (l.equals(sourceLocale)) continue;
            String from = m.from().orElse(sourceLocale);
            String storedHash = ItemNodes.stringOr(n, TranslationStates.HASH + l, null);
            if (storedHash == null || !from.equals(ItemNodes.stringOr(n, TranslationStates.FROM + l, sourceLocale))) return false;
            // without a hash, a mark naming its source or a translated or reviewed state means "made from the source as
            // the file holds it"; a draft that names nothing keeps whatever snapshot the item has
            Optional<String> hash = expectedHash(props, m, from);
            if (hash.isEmpty() && (!m.stateOnly() || m.isMarked())) hash = Optional.of(hash(props, values, from));
            if (hash.isPresent() && !hash.get().equals(storedHash)) return false;
            if (m.source().isPresent()
                    && !copy(props, m.source().get(), from).equals(ItemNodes.stringOr(n, TranslationStates.SOURCE + l, null))) {
                return false;
            }
        }
        return true;
    }

    /** The hash a mark names, or the hash of the copy it carries. */
    private Optional<String> expectedHash(List<PropertyDefinition> props, TranslationMark m, String from) {
        if (m.sourceHash().isPresent()) return m.sourceHash();
        return m.source().map(c -> hash(props, c, from));
    }

    private String hash(List<PropertyDefinition> props, ItemValues values, String locale) {
        return LocaleFingerprint.ofLocalisedOnly(props, values, locale, json);
    }

    private String copy(List<PropertyDefinition> props, ItemValues values, String locale) {
        return json.write(props, LocaleView.restrict(props, values, locale, false)).toString();
    }
}
