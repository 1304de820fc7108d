package eu.innco.content;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.PropertyDefinition;
import eu.innco.site.SiteLocales;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Finds item nodes and turns them into {@link ContentItem}s. */
public final class ItemNodes {
    public static final String OWNER_PARTNER = "innco:ownerPartner";
    public static final String SOURCE_LOCALE = "innco:sourceLocale";
    public static final String TRANSLATION_PREFIX = "innco:translation_";
    public static final String PUBLISHED_PREFIX = "innco:published_";
    /** The locale fingerprint at the last publication of that locale; see {@link LocaleFingerprint}. */
    public static final String PUBLISHED_HASH_PREFIX = "innco:publishedHash_";

    /** An item id: a UUID in its canonical 8-4-4-4-12 form. */
    public static final java.util.regex.Pattern UUID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SiteLocales locales;
    private final ValuesJcr valuesJcr;
    private final ValuesJson json;
    private final TranslationStates translations;
    private final TranslationMarks marks;

    public ItemNodes(SiteLocales locales) {
        this.locales = locales;
        this.valuesJcr = new ValuesJcr(locales);
        this.json = new ValuesJson(locales);
        this.translations = new TranslationStates(locales, json);
        this.marks = new TranslationMarks(locales, json, translations);
    }

    /** Translation states and the source snapshots behind "outdated". */
    public TranslationStates translations() { return translations; }

    /** Translation states as export files carry them. */
    public TranslationMarks marks() { return marks; }

    public SiteLocales locales() { return locales; }

    public ValuesJcr values() { return valuesJcr; }

    /** The node of an item of this type, or a 404-kind error. */
    public Node find(Session s, ContentTypeDefinition type, String id) throws RepositoryException {
        Node n = findOrNull(s, type, id);
        if (n == null) throw InncoException.notFound(ErrorCode.ITEM_001, "There is no " + type.name() + " item with id '" + id + "'.");
        return n;
    }

    public Node findOrNull(Session s, ContentTypeDefinition type, String id) throws RepositoryException {
        if (id == null || !UUID.matcher(id).matches()) return null;
        try {
            Node n = s.getNodeByIdentifier(id.toLowerCase());
            return n.getPrimaryNodeType().getName().equals(type.nodeType()) ? n : null;
        } catch (ItemNotFoundException e) {
            return null;
        } catch (RepositoryException e) {
            if (e.getCause() instanceof IllegalArgumentException) return null; // Oak's answer to an id it cannot parse
            throw e;
        }
    }

    public ContentItem toItem(Node n, ContentTypeDefinition type) throws RepositoryException {
        ItemValues values = valuesJcr.read(n, type.properties());
        Instant lastModified = SystemProperties.instant(n, SystemProperties.LAST_MODIFIED);
        Map<String, LocaleState> states = new LinkedHashMap<>();
        String source = stringOr(n, SOURCE_LOCALE, locales.defaultLocale());
        Map<String, String> sourceHashes = new java.util.HashMap<>();
        for (String l : locales.locales()) states.put(l, localeState(n, type, values, l, source, sourceHashes));
        return new ContentItem(n.getIdentifier(), type.name(), n.getName(), n.getPath(), values, states,
                SystemProperties.instant(n, SystemProperties.CREATED), SystemProperties.string(n, SystemProperties.CREATED_BY),
                lastModified, SystemProperties.string(n, SystemProperties.LAST_MODIFIED_BY),
                n.hasProperty(SystemProperties.REVISION) ? n.getProperty(SystemProperties.REVISION).getLong() : 0,
                stringOr(n, OWNER_PARTNER, ""), source);
    }

    private LocaleState localeState(Node n, ContentTypeDefinition type, ItemValues values, String locale, String source,
                                    Map<String, String> sourceHashes) throws RepositoryException {
        String stored = stringOr(n, TRANSLATION_PREFIX + locale, null);
        boolean present = hasValueIn(type.properties(), values, locale);
        String translation = !present ? "missing" : stored != null ? stored : "draft";
        Instant published = SystemProperties.instant(n, PUBLISHED_PREFIX + locale);
        boolean modified;
        if (published == null) {
            modified = present;
        } else {
            String hash = stringOr(n, PUBLISHED_HASH_PREFIX + locale, "");
            modified = !hash.equals(LocaleFingerprint.of(type.properties(), values, locale, json));
        }
        boolean outdated = present && translations.outdated(n, type, values, locale, source, sourceHashes);
        Map<String, FieldState> fields = FieldStates.view(n, type.properties(), values, locale, source,
                outdated ? translations.snapshot(n, type, locale) : java.util.Optional.empty());
        return new LocaleState(translation, outdated, published, modified, fields);
    }

    /** True when at least one localised value (at any depth) exists in the locale. */
    public static boolean hasValueIn(List<PropertyDefinition> props, ItemValues values, String locale) {
        for (PropertyDefinition p : props) {
            Object v = values.get(p.name()).orElse(null);
            if (v == null) continue;
            if (p.i18n() && ((Map<?, ?>) v).containsKey(locale)) return true;
            if (p.isSubModel()) {
                for (Object one : p.multiple() ? (List<?>) v : List.of(v)) {
                    if (hasValueIn(p.subModel().properties(), (ItemValues) one, locale)) return true;
                }
            }
        }
        return false;
    }

    static String stringOr(Node n, String name, String dflt) throws RepositoryException {
        return n.hasProperty(name) ? n.getProperty(name).getString() : dflt;
    }
}
