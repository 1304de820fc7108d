package eu.innco.web.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.exchange.Entry;
import eu.innco.exchange.Kind;
import eu.innco.exchange.Match;
import eu.innco.exchange.Reason;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /.rest/exchange/{offers|needs}/{id}/matches?lang=&limit=}: the published items that fit
 * one (offers for a need, needs for an offer), best first, with the reasons as data and worded in
 * {@code lang}. Public, like the delivery API; an unknown, withdrawn or expired item is a 404.
 */
@Path(".rest/exchange")
public final class MatchesResource {
    private final ExchangeWeb web;
    private final ExchangePages pages;

    MatchesResource(ExchangeWeb web) {
        this.web = web;
        this.pages = new ExchangePages(web);
    }

    @GET
    @Path("{kind: offers|needs}/{id}/matches")
    @Produces("application/json")
    public Response matches(@PathParam("kind") String plural, @PathParam("id") String id, @QueryParam("lang") String lang,
                            @QueryParam("limit") String limit) {
        String locale = lang == null || lang.isBlank() ? web.services.locales.defaultLocale() : lang;
        if (!web.frame.hasLocale(locale)) {
            throw InncoException.badRequest(ErrorCode.EXCHANGE_002, "lang: '" + locale + "' is not a site language; use one of " + web.frame.locales() + ".");
        }
        int n = limit(limit);
        Kind kind = Kind.of(plural).orElseThrow();
        Entry entry = web.exchange.index.get(id).filter(e -> e.kind() == kind && e.validOn(web.today()))
                .orElseThrow(() -> InncoException.notFound(ErrorCode.EXCHANGE_404, "There is no published " + kind.type + " '" + id + "'."));
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", entry.id());
        out.put("kind", kind.type);
        out.put("lang", locale);
        ArrayNode results = out.putArray("matches");
        for (Match m : web.exchange.index.matches(entry, web.today(), n)) {
            ObjectNode r = results.addObject();
            for (Map.Entry<String, Object> e : pages.match(m, locale).entrySet()) r.putPOJO(e.getKey(), e.getValue());
            ArrayNode reasons = r.putArray("reasons");
            for (Reason reason : m.reasons()) {
                ObjectNode o = reasons.addObject().put("kind", reason.kind());
                List<String> values = reason.values();
                values.forEach(o.putArray("values")::add);
            }
        }
        return Response.ok(out.toString(), "application/json; charset=utf-8").header("Cache-Control", "public, max-age=60")
                .header("Content-Language", locale).build();
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) return 10;
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= 50) return n;
        } catch (NumberFormatException e) {
            // the same answer as any other value out of range
        }
        throw InncoException.badRequest(ErrorCode.EXCHANGE_003, "limit: a number from 1 to 50.");
    }
}
