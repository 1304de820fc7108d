package eu.innco.web.portal;

import eu.innco.web.Http;
import eu.innco.web.InncoServer;
import eu.innco.web.TestServer;
import java.util.List;
import java.util.Map;

/**
 * A real server with the project's content imported and published, and the portal's page types
 * with one address each, for the HTTP, browser, accessibility and validity tests.
 */
final class PortalSite {
    /** One address per page type, in French (the content's source language). */
    static final Map<String, String> PAGE_TYPES = Map.ofEntries(
            Map.entry("home", "/fr/"),
            Map.entry("case-studies", "/fr/case-studies"),
            Map.entry("case-study", "/fr/case-studies/cuisine-partagee-lyon"),
            Map.entry("organisations", "/fr/organisations"),
            Map.entry("map", "/fr/map"),
            Map.entry("organisation", "/fr/organisations/arobase"),
            Map.entry("materials", "/fr/materials"),
            Map.entry("material", "/fr/materials/fiche-carte-collaborative"),
            Map.entry("guide", "/fr/guide"),
            Map.entry("chapter", "/fr/guide/1"),
            Map.entry("condition", "/fr/guide/conditions/egalite-entre-partenaires"),
            Map.entry("technique", "/fr/guide/techniques/cafe-des-idees"),
            Map.entry("events", "/fr/events"),
            Map.entry("event", "/fr/events/seminaire-lyon"),
            Map.entry("search", "/fr/search?q=cuisines"),
            Map.entry("about", "/fr/about"),
            Map.entry("accessibility", "/fr/accessibility"),
            Map.entry("campaign", "/fr/campaigns/mieux-travailler-ensemble"),
            Map.entry("not-found", "/fr/case-studies/there-is-no-such-case"));

    static final List<String> ORDER = List.of("home", "case-studies", "case-study", "organisations", "map", "organisation", "materials",
            "material", "guide", "chapter", "condition", "technique", "events", "event", "search", "about", "accessibility", "campaign", "not-found");

    private PortalSite() {}

    static InncoServer start() throws Exception {
        return TestServer.start(Map.of("INNCO_IMPORT_ON_START", "true"));
    }

    static String base(InncoServer server) {
        return server.uri().toString().replaceAll("/$", "");
    }

    static Http.Res html(Http http, String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = "text/html";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.get(path, all);
    }
}
