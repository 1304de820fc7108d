package eu.innco.delivery;

import eu.innco.site.SiteLocales;

/**
 * The {@code Content-Language} of delivery and preview answers: the language the values are in.
 * For one node that is its {@code @locale}, the first locale of the reader's fallback chain the
 * node is published in, so an item published only in English and French, asked for in Polish,
 * is labelled {@code en} and never {@code pl} (assistive technology and translation tools trust
 * the label). {@code @fallback} in the body still names single properties from further down.
 * A list mixes nodes from several locales and one header cannot say so: it carries the resolved
 * locale ({@code lang}, else {@code Accept-Language}, else the default), whose chain, filters and
 * text it used, and each result says its own {@code @locale}. {@code lang=all} lists every site
 * locale, since every one of them is in the body.
 */
public final class ContentLanguage {
    private ContentLanguage() {}

    /**
     * For a list resolved to {@code locale}, or for one node whose values came from {@code locale}
     * ({@link StoredNode#locale()}): a site locale or {@code all}.
     */
    public static String of(SiteLocales site, String locale) {
        return NodeRenderer.ALL.equals(locale) ? String.join(", ", site.locales()) : locale;
    }
}
