package eu.innco.i18n;

import eu.innco.ErrorCode;
import eu.innco.site.SiteLocales;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Language negotiation as API.md describes it, without HTTP: {@code lang} wins over
 * {@code Accept-Language} (by q-value), a tag without an exact match falls back to its language
 * ({@code fr-BE} to {@code fr}), the locale's fallback chain gives the values, the default locale
 * ends it. Meant to be shared by the delivery API, the portal and the editor.
 */
public final class LocaleResolver {
    private final SiteLocales site;

    public LocaleResolver(SiteLocales site) {
        this.site = site;
    }

    public SiteLocales site() { return site; }

    /**
     * Resolves a request. A malformed or unknown {@code lang} is the client's mistake (400-kind
     * errors INNCO-LANG-001 and -002); an unusable {@code Accept-Language} never is.
     */
    public ResolvedLocale resolve(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String tag = lang.trim();
            if (!AcceptLanguage.TAG.matcher(tag).matches() || tag.length() > 35) {
                throw badLang(ErrorCode.LANG_001, "lang: '" + clip(tag) + "' is not a language tag (BCP 47); use one of "
                        + site.locales() + ".");
            }
            String locale = match(tag).orElseThrow(() -> badLang(ErrorCode.LANG_002,
                    "lang: '" + tag + "' is not a language of this site; use one of " + site.locales() + "."));
            return resolved(locale, ResolvedLocale.Source.LANG);
        }
        return fromHeader(acceptLanguage);
    }

    /** A 400-kind error about the {@code lang} parameter, named in {@code errors[]} like any other bad parameter. */
    public static InncoException badLang(ErrorCode code, String detail) {
        String message = detail.startsWith("lang: ") ? detail.substring(6) : detail;
        return InncoException.invalid(code, detail, List.of(new FieldError("lang", message)));
    }

    /** The best site locale that the header accepts, or the default locale. */
    public ResolvedLocale fromHeader(String acceptLanguage) {
        for (AcceptLanguage.Range r : AcceptLanguage.parse(acceptLanguage)) {
            // "*" accepts anything: the site's own choice, the default
            if (r.isWildcard()) return resolved(site.defaultLocale(), ResolvedLocale.Source.ACCEPT_LANGUAGE);
            Optional<String> m = match(r.tag());
            if (m.isPresent()) return resolved(m.get(), ResolvedLocale.Source.ACCEPT_LANGUAGE);
        }
        return resolved(site.defaultLocale(), ResolvedLocale.Source.DEFAULT);
    }

    /**
     * The site locale for a tag: an exact match, else its language ({@code de-CH} to {@code de}),
     * else a regional variant of its language when the site has only variants ({@code de} to
     * {@code de-AT}), else nothing.
     */
    public Optional<String> match(String tag) {
        Optional<String> direct = site.match(tag);
        if (direct.isPresent() || tag == null) return direct;
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        if (language.isEmpty()) return Optional.empty();
        return site.locales().stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(language + "-")).findFirst();
    }

    /** A lenient variant for places where a wrong tag must not fail (a portal link, a user profile). */
    public String matchOrDefault(String tag) {
        return tag == null ? site.defaultLocale() : match(tag).orElse(site.defaultLocale());
    }

    private ResolvedLocale resolved(String locale, ResolvedLocale.Source source) {
        return new ResolvedLocale(locale, site.chain(locale), source);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
