package eu.innco.i18n;

import java.util.List;

/**
 * The outcome of language negotiation: the site locale to answer in, the chain of locales its
 * values are taken from (the locale, its fallbacks, the default), and what decided it.
 */
public record ResolvedLocale(String locale, List<String> chain, Source source) {
    /** What chose the locale. */
    public enum Source {
        /** An explicit {@code lang} parameter (or a locale in a portal URL). */
        LANG,
        /** The best acceptable range of the {@code Accept-Language} header. */
        ACCEPT_LANGUAGE,
        /** Nothing usable was asked for: the site's default locale. */
        DEFAULT
    }

    public ResolvedLocale {
        chain = List.copyOf(chain);
    }
}
