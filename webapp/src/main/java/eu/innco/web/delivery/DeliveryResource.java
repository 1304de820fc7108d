package eu.innco.web.delivery;

import eu.innco.delivery.DeliveryQueryParser;
import eu.innco.delivery.DeliveryService;
import eu.innco.delivery.StoredNode;
import eu.innco.workspace.WorkspaceEndpoint;
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

    public DeliveryResource(DeliveryDoors doors) {
        this.doors = doors;
        this.delivery = doors.delivery;
        this.answers = doors.answers;
    }

    /** One path segment: an endpoint (a query), or {@code endpoint@uuid} (one node); Jersey cannot split on '@' itself. */
    @GET
    @Path("{segment}")
    public Response segment(@PathParam("segment") String segment, @Context UriInfo uri, @Context HttpHeaders headers) {
        return serve(segment, uri, headers);
    }

    /** A node by path, or an endpoint whose path has several segments ({@code tours/v1}, as Magnolia names {@code tours_v1.yaml}). */
    @GET
    @Path("{endpoint}/{path: .+}")
    public Response byPath(@PathParam("endpoint") String endpoint, @PathParam("path") String path, @Context UriInfo uri,
                           @Context HttpHeaders headers) {
        return serve(endpoint + "/" + path, uri, headers);
    }

    private Response serve(String full, UriInfo uri, HttpHeaders headers) {
        String[] split = EndpointPaths.split(delivery.endpoints(), full);
        String endpoint = split[0];
        String rest = split[1];
        Map<String, List<String>> params = Requests.params(uri);
        Optional<WorkspaceEndpoint> plain = delivery.endpoints().workspaceEndpoint(endpoint);
        if (plain.isPresent()) return WorkspaceAnswers.answer(doors, plain.get(), rest, params, headers);
        String locale = locale(params, headers);
        boolean any = DeliveryQueryParser.anyLanguage(params);
        if (rest.startsWith("@")) {
            String id = rest.substring(1);
            return node(endpoint, rest, locale, any, headers, () -> delivery.byId(endpoint, locale, id, any));
        }
        if (rest.length() > 1 && rest.endsWith(ChildNodes.SUFFIX)) {
            return ChildNodes.answer(doors, endpoint, rest.substring(1, rest.length() - ChildNodes.SUFFIX.length()), locale, any, headers);
        }
        if (rest.length() > 1) {
            String path = rest.substring(1);
            return node(endpoint, rest, locale, any, headers, () -> delivery.byPath(endpoint, locale, path, any));
        }
        Answer a = doors.list(endpoint, locale, Requests.withAcceptedFormat(params, headers));
        return answers.answer(a.body(), a.etag(), a.type(), a.language(), Answers.LIST_VARY, headers);
    }

    private Response node(String endpoint, String where, String locale, boolean any, HttpHeaders headers,
                          Supplier<Optional<StoredNode>> find) {
        Answer a = doors.node(endpoint, where, locale, any, find);
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
