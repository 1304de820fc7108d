package eu.innco.delivery;

import eu.innco.i18n.SiteLocales;

/**
 * The {@code Content-Language} of delivery and preview answers. API.md asks for "the resolved
 * locale": the site locale the request resolved to ({@code lang}, else {@code Accept-Language},
 * else the default), which is also the locale whose fallback chain, filters and text the answer
 * used. It stays that locale when values came from further down the chain: {@code @locale} and
 * {@code @fallback} in the body say where they came from, and one header for a whole list could
 * not. {@code lang=all} lists every site locale, since every one of them is in the body.
 */
public final class ContentLanguage {
    private ContentLanguage() {}

    /** For a request resolved to {@code locale}: a site locale or {@code all}. */
    public static String of(SiteLocales site, String locale) {
        return NodeRenderer.ALL.equals(locale) ? String.join(", ", site.locales()) : locale;
    }
}
