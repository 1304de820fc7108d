package eu.innco.web.delivery;

import eu.innco.delivery.DeliveryQueryParser;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.Page;
import eu.innco.delivery.StoredNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public delivery API: {@code /.rest/delivery/<endpoint>} (query), {@code /<endpoint>/<name or
 * path>} and {@code /<endpoint>@<uuid>} (one node). Answers are the stored bytes of the index.
 */
@Path(".rest/delivery")
public final class DeliveryResource {
    private final DeliveryDoors doors;
    private final DeliveryService delivery;
    private final Answers answers;
    private final AnswerCache cache;

    public DeliveryResource(DeliveryDoors doors) {
        this.doors = doors;
        this.delivery = doors.delivery;
        this.answers = doors.answers;
        this.cache = doors.cache;
    }

    /** One path segment: an endpoint (a query), or {@code endpoint@uuid} (one node); Jersey cannot split on '@' itself. */
    @GET
    @Path("{segment}")
    public Response segment(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers) {
        Map<String, List<String>> params = Requests.params(uri);
        String locale = locale(params, headers);
        int at = segment.indexOf('@');
        if (at > 0) {
            String endpoint = segment.substring(0, at);
            String id = segment.substring(at + 1);
            boolean any = DeliveryQueryParser.anyLanguage(params);
            return node(endpoint, "@" + id, locale, any, headers, () -> delivery.byId(endpoint, locale, id, any));
        }
        Map<String, List<String>> query = Requests.withAcceptedFormat(params, headers);
        String key = AnswerCache.key("query", segment, locale, "", query);
        AnswerCache.Answer a = cache.get(key).orElseGet(() -> {
            long generation = cache.now();
            Page page = delivery.query(segment, locale, query);
            byte[] body = page.geoJson() ? Answers.featureCollection(page.results())
                    : Answers.list(page.offset(), page.limit(), page.total(), page.results());
            AnswerCache.Answer fresh = new AnswerCache.Answer(body, Answers.etag(language(locale), page, body),
                    page.geoJson() ? Answers.GEO_JSON : Answers.JSON, language(locale), generation);
            cache.put(key, fresh);
            return fresh;
        });
        return answers.answer(a.body(), a.etag(), a.type(), a.language(), Answers.LIST_VARY, headers);
    }

    @GET
    @Path("{endpoint}/{path: .+}")
    public Response byPath(@PathParam("endpoint") String endpoint, @PathParam("path") String path, @Context UriInfo uri,
                           @Context HttpHeaders headers) {
        Map<String, List<String>> params = Requests.params(uri);
        String locale = locale(params, headers);
        boolean any = DeliveryQueryParser.anyLanguage(params);
        return node(endpoint, "/" + path, locale, any, headers, () -> delivery.byPath(endpoint, locale, path, any));
    }

    private Response node(String endpoint, String where, String locale, boolean any, HttpHeaders headers,
                          Supplier<Optional<StoredNode>> find) {
        AnswerCache.Answer a = doors.node(endpoint, where, locale, any, find);
        return answers.answer(a.body(), a.etag(), a.type(), a.language(), Answers.NODE_VARY, headers);
    }

    private String locale(Map<String, List<String>> params, HttpHeaders headers) {
        List<String> lang = params.get("lang");
        return delivery.locale(lang == null ? null : lang.get(0), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private String language(String locale) {
        return doors.language(locale);
    }
}
