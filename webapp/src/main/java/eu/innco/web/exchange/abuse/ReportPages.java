package eu.innco.web.exchange.abuse;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.web.ClientAddress;
import eu.innco.web.exchange.initiatives.ExchangeWeb;
import eu.innco.web.network.MemberDoor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{locale}/report?kind=&id=}: anyone, without an account, reports an item or a message; it
 * is hidden at once. Reports are limited per client address ({@code INNCO_REPORTS_PER_IP_PER_HOUR},
 * default 10), so that nobody takes the exchange down by reporting everything.
 */
@Path("{locale: [a-z]{2}}/report")
public final class ReportPages {
    private final ExchangeWeb web;
    private final MemberDoor.Limit perAddress;

    public ReportPages(ExchangeWeb web) {
        this.web = web;
        this.perAddress = web.door.limit(Math.max(1, web.services.config.settings().getInt("INNCO_REPORTS_PER_IP_PER_HOUR", 10)),
                Duration.ofHours(1));
    }

    @GET
    public Response form(@PathParam("locale") String locale, @QueryParam("kind") String kind, @QueryParam("id") String id,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        web.checkLocale(locale);
        if (!known(kind)) return web.note(locale, uri, 400, "reportKind", Map.of());
        return form(locale, uri, headers, kind, id == null ? "" : id, 200, Map.of(), "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("locale") String locale, @Context UriInfo uri, @Context HttpHeaders headers,
                           MultivaluedMap<String, String> form) {
        web.checkLocale(locale);
        if (!web.door.formOk(headers, uri, form.getFirst("_csrf"), form.getFirst("_stamp"))) return web.note(locale, uri, 403, "forged", Map.of());
        String kind = ExchangeWeb.one(form, "kind");
        String id = ExchangeWeb.one(form, "id");
        String reason = ExchangeWeb.one(form, "reason");
        if (!known(kind)) return web.note(locale, uri, 400, "reportKind", Map.of());
        if (reason.strip().length() > 500) return form(locale, uri, headers, kind, id, 400, Map.of("reason", "exchange.error.reason"), reason);
        Optional<Duration> wait = perAddress.attempt(ClientAddress.current());
        if (wait.isPresent()) {
            return Response.fromResponse(web.note(locale, uri, 429, "reportLimited", Map.of()))
                    .header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds()))).build();
        }
        try {
            web.services.collaboration.abuse.report(kind, id, reason);
        } catch (InncoException e) {
            if (e.errorCode() == ErrorCode.ABUSE_404) return web.note(locale, uri, 404, "reportMissing", Map.of());
            throw e;
        }
        return web.note(locale, uri, 200, "reported", Map.of());
    }

    private boolean known(String kind) {
        return "message".equals(kind) || web.services.collaboration.reportable.kinds().contains(kind);
    }

    private Response form(String locale, UriInfo uri, HttpHeaders headers, String kind, String id, int status, Map<String, String> errors,
                          String reason) {
        Map<String, Object> m = web.door.form("/" + locale + "/report").into(new HashMap<>());
        m.put("kind", kind);
        m.put("id", id);
        m.put("reason", reason);
        m.put("errors", web.translated(locale, errors));
        String title = web.t(locale, "exchange.report.title");
        if (!errors.isEmpty()) title = web.t(locale, "network.form.errorsTitle") + " · " + title;
        return web.page(status, locale, uri, "report.ftlh", title, m);
    }
}
