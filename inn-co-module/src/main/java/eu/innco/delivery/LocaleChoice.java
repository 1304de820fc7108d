package eu.innco.delivery;

import eu.innco.InncoException;
import eu.innco.i18n.SiteLocales;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which site locale a request reads: {@code lang} wins (a BCP 47 tag, matched exactly, else by its
 * language; {@code all} for every locale), then {@code Accept-Language} by quality, then the default
 * locale. An unknown or malformed {@code lang} is a 400; unknown Accept-Language ranges are skipped.
 */
public final class LocaleChoice {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,4}");

    private LocaleChoice() {}

    public static String resolve(SiteLocales site, String lang, String acceptLanguage) {
        if (lang != null) {
            if (lang.equals(NodeRenderer.ALL)) return NodeRenderer.ALL;
            if (!TAG.matcher(lang).matches()) {
                throw InncoException.badRequest("INNCO-LANG-001", "lang: '" + EndpointRegistry.clip(lang)
                        + "' is not a language tag; use one of " + site.locales() + " or 'all'.");
            }
            return site.match(lang).orElseThrow(() -> InncoException.badRequest("INNCO-LANG-002", "lang: '" + lang
                    + "' is not a site locale; use one of " + site.locales() + " or 'all'."));
        }
        return fromHeader(site, acceptLanguage).orElse(site.defaultLocale());
    }

    static Optional<String> fromHeader(SiteLocales site, String header) {
        if (header == null || header.isBlank() || header.length() > 1000) return Optional.empty();
        record Range(String tag, double q, int order) {}
        List<Range> ranges = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length && i < 50; i++) {
            String[] bits = parts[i].trim().split(";");
            if (bits.length == 0) continue;
            String tag = bits[0].trim();
            double q = 1;
            for (int j = 1; j < bits.length; j++) {
                String b = bits[j].trim();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0 && TAG.matcher(tag).matches()) ranges.add(new Range(tag, q, i));
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        for (Range r : ranges) {
            Optional<String> m = site.match(r.tag());
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }
}
