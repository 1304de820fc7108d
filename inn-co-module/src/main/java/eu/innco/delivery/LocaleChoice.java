package eu.innco.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.i18n.LocaleResolver;

/**
 * Which site locale a delivery or preview request reads: the site's one negotiation
 * ({@link LocaleResolver}, shared with the portal) plus what only delivery has, {@code lang=all}.
 * An unknown or malformed {@code lang} is a 400 naming the parameter; {@code Accept-Language} never
 * is one.
 */
final class LocaleChoice {
    private final LocaleResolver resolver;

    LocaleChoice(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    String resolve(String lang, String acceptLanguage) {
        if (NodeRenderer.ALL.equals(lang)) return NodeRenderer.ALL;
        // "?lang=" names the parameter without a value: a mistake, not a request for the header's choice
        if (lang != null && lang.isBlank()) {
            throw LocaleResolver.badLang(ErrorCode.LANG_001, "lang: an empty value is not a language tag; use one of "
                    + resolver.site().locales() + " or 'all'.");
        }
        try {
            return resolver.resolve(lang, acceptLanguage).locale();
        } catch (InncoException e) {
            // the resolver knows only site locales; here 'all' is a right answer too
            String detail = e.detail().endsWith(".") ? e.detail().substring(0, e.detail().length() - 1) + " or 'all'." : e.detail();
            throw LocaleResolver.badLang(e.errorCode(), detail);
        }
    }
}
