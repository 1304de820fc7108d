package eu.innco.i18n.messages;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import eu.innco.i18n.LocaleResolver;
import eu.innco.site.SiteLocales;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interface texts by key and locale for the portal, the editor and e-mails: looked up along the
 * locale's fallback chain (so a missing text shows in the fallback language, ending in English) and
 * formatted with ICU, so plurals, numbers and dates take the reader's language's forms.
 */
public final class Messages {
    private final MessageBundles bundles;
    private final LocaleResolver languages;
    /**
     * Parsed patterns by the locale asked for and key (bundles never change while running): an ICU
     * MessageFormat costs far more to parse than to copy, matching a locale tag is not free either,
     * and a portal page formats dozens of texts. Only keys found in a bundle are kept, and at most
     * {@link #MAX_KEPT}, since the locale may come from a request.
     */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();
    /** Texts without arguments, formatted once, by locale then key (no key to build): most of a page's texts. */
    private final Map<String, Map<String, String>> plain = new ConcurrentHashMap<>();
    private static final int MAX_KEPT = 50_000;

    public Messages(MessageBundles bundles, SiteLocales site) {
        this.bundles = bundles;
        this.languages = new LocaleResolver(site);
    }

    public static Messages load(Path lightModules, SiteLocales site) {
        return new Messages(MessageBundles.load(lightModules), site);
    }

    /** As {@link #load(Path, SiteLocales)}, skipping the check of bundle files that passed it at an earlier start. */
    public static Messages load(Path lightModules, SiteLocales site, PassedChecks checks) {
        return new Messages(MessageBundles.load(lightModules, checks), site);
    }

    public MessageBundles bundles() { return bundles; }

    /** The pattern of a key for a locale (any tag; mapped to a site locale), along the fallback chain. */
    public Optional<String> pattern(String key, String locale) {
        for (String l : languages.site().chain(languages.matchOrDefault(locale))) {
            String p = bundles.bundle(l).get(key);
            if (p != null) return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * The text of a key with named arguments; the key itself when no bundle has it, so a page still
     * renders (the completeness test keeps that from reaching readers). Dates may be {@link LocalDate},
     * {@link Instant} or {@link Date}, and are shown in UTC.
     */
    public String format(String key, String locale, Map<String, ?> args) {
        Map<String, String> texts = locale == null ? null : plain.get(locale);
        if (args.isEmpty() && texts != null) {
            String text = texts.get(key);
            if (text != null) return text;
        }
        String id = locale + '\n' + key;
        MessageFormat prototype = parsed.get(id);
        if (prototype == null) {
            String site = languages.matchOrDefault(locale);
            Optional<String> pattern = pattern(key, site);
            if (pattern.isEmpty()) return key;
            prototype = new MessageFormat(pattern.get(), ULocale.forLanguageTag(site));
            for (java.text.Format sub : prototype.getFormats()) if (sub instanceof DateFormat d) d.setTimeZone(TimeZone.GMT_ZONE);
            if (parsed.size() < MAX_KEPT) parsed.putIfAbsent(id, prototype);
        }
        // A MessageFormat is not thread-safe: each call formats with its own copy.
        MessageFormat f = (MessageFormat) prototype.clone();
        Map<String, Object> converted = new LinkedHashMap<>();
        args.forEach((k, v) -> converted.put(k, convert(v)));
        String text = f.format(converted);
        if (args.isEmpty() && locale != null && parsed.size() < MAX_KEPT) {
            plain.computeIfAbsent(locale, l -> new ConcurrentHashMap<>()).putIfAbsent(key, text);
        }
        return text;
    }

    /** {@code format("search.results", "pl", "count", 5)}: arguments as name, value, name, value... */
    public String format(String key, String locale, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) args.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        return format(key, locale, args);
    }

    private static Object convert(Object v) {
        if (v instanceof LocalDate d) return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        if (v instanceof Instant i) return Date.from(i);
        return v;
    }
}
