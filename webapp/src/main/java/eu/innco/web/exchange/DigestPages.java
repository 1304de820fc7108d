package eu.innco.web.exchange;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The digest's unsubscribe address. A mail program's one-click POST (RFC 8058: body
 * {@code List-Unsubscribe=One-Click}, no cookie, no page) ends the subscription at once; so does
 * the button of the page that a GET shows, since a GET alone must change nothing (link checkers
 * and previews follow links). The token, from the mail, is the only proof needed.
 */
@Path("{locale: [a-z]{2}}/exchange/digest/unsubscribe")
public final class DigestPages {
    private final ExchangeWeb web;

    DigestPages(ExchangeWeb web) {
        this.web = web;
    }

    @GET
    public Response page(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri) {
        web.checkLocale(locale);
        Optional<String> owner = web.exchange.digest.subscriptions().owner(token);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("text", web.frame.t(locale, owner.isPresent() ? "exchange.unsubscribe.confirm" : "exchange.unsubscribe.unknown"));
        if (owner.isPresent()) model.put("token", token);
        model.put("manage", "/" + locale + "/account/exchange");
        return web.html(owner.isPresent() ? 200 : 404, locale, uri, "exchange-message.ftlh", web.frame.t(locale, "exchange.unsubscribe.title"), model, false);
    }

    @POST
    public Response unsubscribe(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri) {
        web.checkLocale(locale);
        Optional<String> owner = web.exchange.digest.subscriptions().owner(token);
        owner.ifPresent(u -> web.exchange.digest.subscriptions().unsubscribe(u));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("text", web.frame.t(locale, owner.isPresent() ? "exchange.unsubscribe.done" : "exchange.unsubscribe.unknown"));
        model.put("manage", "/" + locale + "/account/exchange");
        return web.html(owner.isPresent() ? 200 : 404, locale, uri, "exchange-message.ftlh", web.frame.t(locale, "exchange.unsubscribe.title"), model, false);
    }
}
