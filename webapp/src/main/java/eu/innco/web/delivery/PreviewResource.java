package eu.innco.web.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.delivery.ContentLanguage;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.Page;
import eu.innco.delivery.PreviewService;
import eu.innco.delivery.StoredNode;
import eu.innco.security.Actor;
import eu.innco.web.api.Authentication;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /.rest/preview/...}: the delivery shape and parameters, rendered from working copies; never cached. */
@Path(".rest/preview")
public final class PreviewResource {
    private final PreviewService preview;
    private final DeliveryService delivery;

    public PreviewResource(PreviewService preview, DeliveryService delivery) {
        this.preview = preview;
        this.delivery = delivery;
    }

    @GET
    @Path("{segment}")
    public Response segment(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers,
                            @Context ContainerRequestContext request) {
        return serve(segment, uri, headers, request);
    }

    @GET
    @Path("{endpoint}/{path: .+}")
    public Response byPath(@PathParam("endpoint") String endpoint, @PathParam("path") String path, @Context UriInfo uri,
                           @Context HttpHeaders headers, @Context ContainerRequestContext request) {
        return serve(endpoint + "/" + path, uri, headers, request);
    }

    /** Endpoint paths may have several segments ({@code tours/v1}): split as the delivery API does. */
    private Response serve(String full, UriInfo uri, HttpHeaders headers, ContainerRequestContext request) {
        Actor actor = Authentication.actor(request);
        Map<String, List<String>> params = Requests.params(uri);
        String locale = locale(params, headers);
        String[] split = EndpointPaths.split(delivery.endpoints(), full);
        String endpoint = split[0];
        String rest = split[1];
        if (rest.startsWith("@")) return node(preview.byId(actor, endpoint, locale, rest.substring(1)), full, locale);
        if (rest.length() > 1) return node(preview.byPath(actor, endpoint, locale, rest.substring(1)), full, locale);
        Page page = preview.query(actor, endpoint, locale, Requests.withAcceptedFormat(params, headers));
        byte[] body = page.geoJson() ? Answers.featureCollection(page.results())
                : page.listBody();
        return answer(body, page.geoJson() ? Answers.GEO_JSON : Answers.JSON, locale);
    }

    private Response node(Optional<StoredNode> node, String where, String locale) {
        StoredNode n = node.orElseThrow(() -> InncoException.notFound(ErrorCode.PREVIEW_404, "There is no working copy at "
                + Requests.clip(where) + " for locale " + locale + "."));
        return answer(n.json(), Answers.JSON, n.locale()); // labelled with the locale its values came from
    }

    /** {@code locale}: the resolved one for a list, the node's own {@code @locale} for a node. */
    private Response answer(byte[] body, String type, String locale) {
        return Response.ok(body, type).header("Cache-Control", "private, no-store")
                .header("Content-Language", ContentLanguage.of(delivery.site(), locale))
                .header("Vary", "Accept-Language, Authorization").build();
    }

    private String locale(Map<String, List<String>> params, HttpHeaders headers) {
        List<String> lang = params.get("lang");
        return delivery.locale(lang == null ? null : lang.get(0), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
