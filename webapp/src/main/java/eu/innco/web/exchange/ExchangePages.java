package eu.innco.web.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.delivery.Page;
import eu.innco.exchange.Entry;
import eu.innco.exchange.Kind;
import eu.innco.exchange.Match;
import eu.innco.web.cache.Dependencies;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{locale}/exchange}: the members' offers and needs for everyone (filters, words in the
 * visitor's language, a map layer of the members' points), one item with the items that fit it,
 * and the Atom feed of new ones. Responding is for members: a link to sign in.
 */
@Path("{locale: [a-z]{2}}/exchange")
public final class ExchangePages {
    static final int PAGE = 20;
    private final ExchangeWeb web;
    private final Listing listing;

    ExchangePages(ExchangeWeb web) {
        this.web = web;
        this.listing = new Listing(web);
    }

    /**
     * The list, the same for every visitor: kept in the portal's page cache per address (locale and
     * filters), made from the lists of the kinds it shows and the names of the members it names, so
     * that posting, withdrawing, expiring or hiding an item (each a publication) or renaming a member
     * drops exactly the pages it may change.
     */
    @GET
    public Response list(@PathParam("locale") String locale, @Context UriInfo uri, @HeaderParam("If-None-Match") String ifNoneMatch) {
        web.checkLocale(locale);
        return web.frame.kept(locale, uri, ifNoneMatch, "exchange.ftlh", web.frame.t(locale, "exchange.title"), trail -> model(locale, uri, trail));
    }

    private Map<String, Object> model(String locale, UriInfo uri, Dependencies.Trail trail) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String f : List.of("kind", "category", "sector", "country", "language", "q")) filters.put(f, query(uri, f));
        String words = filters.get("q");
        int page = pageNumber(uri);
        Map<String, Object> model = new LinkedHashMap<>(web.choices(locale));
        model.put("filters", filters);
        for (Kind k : Kind.values()) {
            if (!filters.get("kind").isEmpty() && !filters.get("kind").equals(k.type)) continue;
            trail.add(Dependencies.list(k.plural));
            Page p = listing.page(k, locale, filters, words, PAGE, (page - 1) * PAGE);
            List<Map<String, Object>> items = listing.items(k, p, locale);
            for (Map<String, Object> i : items) trail.items(List.of(String.valueOf(i.get("memberId"))));
            model.put(k.plural, items);
            model.put(k.plural + "Total", p.total());
            model.put(k.plural + "More", p.total() > (long) page * PAGE);
        }
        model.put("page", page);
        model.put("geojson", geojson(filters, locale, web.today()));
        model.put("map", MapLayer.settings(web.frame, locale));
        return model;
    }

    @GET
    @Path("{kind: offers|needs}/{id}")
    public Response item(@PathParam("locale") String locale, @PathParam("kind") String plural, @PathParam("id") String id, @Context UriInfo uri) {
        web.checkLocale(locale);
        Kind kind = Kind.of(plural).orElseThrow(NotFoundException::new);
        Optional<Entry> entry = web.exchange.index.get(id).filter(e -> e.kind() == kind && e.validOn(web.today()));
        Optional<JsonNode> json = entry.flatMap(e -> web.exchange.titles.item(kind, e.id(), locale));
        if (json.isEmpty()) {
            Map<String, Object> model = Map.of("text", web.frame.t(locale, "exchange.item.gone"));
            return web.html(404, locale, uri, "exchange-message.ftlh", web.frame.t(locale, "exchange.item.goneTitle"), model, false);
        }
        Map<String, Object> item = listing.item(kind, json.get(), locale);
        List<Map<String, Object>> matches = new ArrayList<>();
        for (Match m : web.exchange.index.matches(entry.get(), web.today(), 10)) matches.add(match(m, locale));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("item", item);
        model.put("matches", matches);
        model.put("matchesHeading", web.frame.t(locale, "exchange.item.matches." + kind.type));
        return web.html(200, locale, uri, "exchange-item.ftlh", String.valueOf(item.get("title")), model, true);
    }

    /** One match as pages and the API show it: the other item's title and address, the reasons in the reader's language. */
    Map<String, Object> match(Match m, String locale) {
        Entry other = m.entry();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", other.id());
        out.put("kind", other.kind().type);
        out.put("title", other.title(locale));
        out.put("href", "/" + locale + "/exchange/" + other.kind().plural + "/" + other.id());
        out.put("score", m.score());
        out.put("reason", web.exchange.words.sentence(m.reasons(), locale));
        return out;
    }

    /**
     * The delivery GeoJSON of the members' points for the map layer: the same items as the lists
     * (the filters, the words in the page's language, nothing past its day), all of them, each kind its own layer.
     */
    static Map<String, String> geojson(Map<String, String> filters, String locale, java.time.LocalDate today) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            if (!filters.get("kind").isEmpty() && !filters.get("kind").equals(k.type)) continue;
            StringBuilder q = new StringBuilder("/.rest/delivery/" + k.plural + "?format=geojson&lang=" + enc(locale));
            // without words the lists show every item whatever its language; with words, those in the page's language
            if (filters.get("q").isEmpty()) q.append("&otherLanguages=include");
            else q.append("&q=").append(enc(filters.get("q")));
            q.append("&validUntil%5Bgte%5D=").append(today);
            Listing.FILTERS.forEach((name, property) -> {
                if (!filters.get(name).isEmpty()) q.append('&').append(property).append('=').append(enc(filters.get(name)));
            });
            out.put(k.type, q.toString());
        }
        return out;
    }

    static String query(UriInfo uri, String name) {
        String v = uri.getQueryParameters().getFirst(name);
        return v == null ? "" : v.strip().length() > 200 ? v.strip().substring(0, 200) : v.strip();
    }

    static int pageNumber(UriInfo uri) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(query(uri, "page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
