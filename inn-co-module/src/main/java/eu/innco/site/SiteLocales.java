package eu.innco.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's languages: the enabled locales in order, the default (also the final fallback) and
 * each locale's fallback chain. Built once from the site definition; immutable.
 */
public final class SiteLocales {
    private final List<String> locales;
    private final String defaultLocale;
    private final Map<String, List<String>> chains;
    /** {@link #match} of each site locale's own tag, worked out once: the tag every request with {@code lang=} names (parsing it was 2% of a single item's time). */
    private final Map<String, Optional<String>> ownTags;

    public SiteLocales(List<String> locales, String defaultLocale, Map<String, List<String>> configuredFallbacks) {
        if (!locales.contains(defaultLocale)) {
            throw new IllegalArgumentException("default locale " + defaultLocale + " is not among " + locales);
        }
        this.locales = List.copyOf(locales);
        this.defaultLocale = defaultLocale;
        Map<String, List<String>> built = new LinkedHashMap<>();
        for (String l : locales) built.put(l, buildChain(l, configuredFallbacks));
        this.chains = Map.copyOf(built);
        Map<String, Optional<String>> own = new HashMap<>();
        for (String l : this.locales) own.put(l, parse(l, this.locales));
        this.ownTags = Map.copyOf(own);
    }

    /** The seven INN-CO locales with every locale falling back to English: the default site. */
    public static SiteLocales innco() {
        return new SiteLocales(List.of("en", "fr", "nl", "de", "it", "pl", "el"), "en", Map.of());
    }

    private List<String> buildChain(String locale, Map<String, List<String>> configured) {
        LinkedHashSet<String> chain = new LinkedHashSet<>();
        chain.add(locale);
        for (String next : configured.getOrDefault(locale, List.of())) {
            if (locales.contains(next)) chain.add(next);
        }
        // a regional variant without an explicit chain falls back to its language first
        int dash = locale.indexOf('-');
        if (dash > 0 && locales.contains(locale.substring(0, dash))) chain.add(locale.substring(0, dash));
        chain.add(defaultLocale);
        return List.copyOf(chain);
    }

    public List<String> locales() { return locales; }

    public String defaultLocale() { return defaultLocale; }

    public boolean contains(String locale) { return chains.containsKey(locale); }

    /** The locale itself, its configured fallbacks, then the default locale. */
    public List<String> chain(String locale) {
        List<String> c = chains.get(locale);
        if (c == null) throw new IllegalArgumentException("not a site locale: " + locale);
        return c;
    }

    /**
     * Maps a BCP 47 tag to a site locale: an exact match, else its language, else nothing.
     * Region variants match case-insensitively ({@code fr-be} is {@code fr-BE}).
     */
    public Optional<String> match(String tag) {
        Optional<String> own = tag == null ? null : ownTags.get(tag);
        return own != null ? own : parse(tag, locales);
    }

    private static Optional<String> parse(String tag, List<String> locales) {
        if (tag == null || tag.isBlank()) return Optional.empty();
        Locale parsed = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        if (parsed.getLanguage().isEmpty()) return Optional.empty();
        String full = parsed.toLanguageTag();
        for (String l : locales) if (l.equalsIgnoreCase(full)) return Optional.of(l);
        for (String l : locales) if (l.equalsIgnoreCase(parsed.getLanguage())) return Optional.of(l);
        return Optional.empty();
    }

    /** The JCR property name of a localised value, Magnolia's way: {@code title}, {@code title_fr}. */
    public String propertyName(String base, String locale) {
        return locale.equals(defaultLocale) ? base : base + "_" + locale.replace('-', '_');
    }

    /** All locales but the default, for code that walks stored suffixes. */
    public List<String> nonDefaultLocales() {
        List<String> out = new ArrayList<>(locales);
        out.remove(defaultLocale);
        return out;
    }
}
