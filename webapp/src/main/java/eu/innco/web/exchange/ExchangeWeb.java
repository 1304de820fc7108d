package eu.innco.web.exchange;

import eu.innco.exchange.Exchange;
import eu.innco.network.ApplicationValidator;
import eu.innco.web.Services;
import eu.innco.web.network.SignedInMember;
import eu.innco.web.portal.PortalFrame;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * What the exchange's pages share: the services, the portal frame, the signed-in member, the
 * choices of the forms and filters in the page's language, and the way pages answer.
 */
public final class ExchangeWeb {
    final Services services;
    final Exchange exchange;
    final PortalFrame frame;
    final SignedInMember members;

    private ExchangeWeb(Services services, PortalFrame frame) {
        this.services = services;
        this.exchange = services.exchange;
        this.frame = frame;
        this.members = new SignedInMember(services);
    }

    public static void register(ResourceConfig rc, Services services, PortalFrame frame) {
        ExchangeWeb web = new ExchangeWeb(services, frame);
        rc.register(new PostingPages(web));
        rc.register(new ExchangePages(web));
        rc.register(new DigestPages(web));
        rc.register(new MatchesResource(web));
        rc.register(new ExchangeFeed(web));
    }

    void checkLocale(String locale) {
        if (!frame.hasLocale(locale)) throw new NotFoundException();
    }

    LocalDate today() {
        return LocalDate.ofInstant(services.clock.instant(), ZoneOffset.UTC);
    }

    /** The choices of the forms and filters: categories by group, sectors, countries, languages, each with its label in {@code locale}. */
    Map<String, Object> choices(String locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        exchange.categories.groups().forEach((g, values) -> groups.add(Map.of("label", frame.t(locale, "exchange.group." + g),
                "options", values.stream().map(v -> Map.of("value", v, "label", category(locale, v))).toList())));
        m.put("categoryGroups", groups);
        m.put("sectorOptions", frame.options(services.network.validator.options("sectors"), locale, false));
        m.put("countryOptions", frame.options(services.network.validator.options("country"), locale, true));
        m.put("languageOptions", languages(locale));
        return m;
    }

    String category(String locale, String value) {
        return exchange.categories.contains(value) ? frame.t(locale, "exchange.category." + value) : value;
    }

    /** Working languages with their names in the page's language, sorted by name. */
    static List<Map<String, String>> languages(String locale) {
        Locale in = Locale.forLanguageTag(locale);
        java.text.Collator c = java.text.Collator.getInstance(in);
        List<Map<String, String>> out = new ArrayList<>();
        for (String code : ApplicationValidator.LANGUAGES) {
            String name = eu.innco.exchange.ReasonWords.language(code, locale);
            out.add(Map.of("value", code, "label", name.substring(0, 1).toUpperCase(in) + name.substring(1)));
        }
        out.sort((a, b) -> c.compare(a.get("label"), b.get("label")));
        return out;
    }

    /** A page of the exchange in the portal's frame. */
    Response html(int status, String locale, UriInfo uri, String template, String title, Map<String, Object> model, boolean cacheable) {
        String page = frame.render(locale, uri, template, title, model);
        return Response.status(status).entity(page).type("text/html; charset=utf-8")
                .header("Cache-Control", cacheable ? "public, max-age=60" : "no-store").build();
    }
}
