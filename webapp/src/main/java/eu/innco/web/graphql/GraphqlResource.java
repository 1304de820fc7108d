package eu.innco.web.graphql;

import eu.innco.ErrorKind;
import eu.innco.InncoException;
import eu.innco.delivery.PreviewService;
import eu.innco.security.Actor;
import eu.innco.web.JsonBodies;
import eu.innco.web.cache.EntityTags;
import eu.innco.web.delivery.PreviewAuthentication;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * {@code /.rest/graphql}: GraphQL over the delivery API, by POST (a JSON body) or GET (query
 * string, for persisted queries a cache can keep). Published content for everyone; working copies
 * for a preview token or an API token, as {@code /.rest/preview/} reads them (passwords are refused
 * here: this door has no sign-in throttle). Every answer that got as
 * far as GraphQL is a 200 with {@code data} and/or {@code errors}; a request not of GraphQL's
 * shape is a 400 problem, and bad credentials a 401.
 */
@Path(".rest/graphql")
public final class GraphqlResource {
    private final GraphqlEngine engine;
    private final PreviewService preview;
    private final PreviewAuthentication viewers;
    private final JsonBodies bodies;
    private final GraphqlAnswers answers;

    public GraphqlResource(GraphqlEngine engine, PreviewService preview, PreviewAuthentication viewers, JsonBodies bodies) {
        this.engine = engine;
        this.answers = new GraphqlAnswers(engine, engine.delivery());
        this.preview = preview;
        this.viewers = viewers;
        this.bodies = bodies;
    }

    @POST
    public Response post(InputStream body, @Context HttpHeaders headers) {
        return answer(GraphqlRequest.of(bodies.read(body)), headers, null, false);
    }

    @GET
    public Response get(@QueryParam("query") String query, @QueryParam("operationName") String operationName,
                        @QueryParam("variables") String variables, @QueryParam("extensions") String extensions,
                        @QueryParam("previewToken") String previewToken, @Context HttpHeaders headers) {
        return answer(GraphqlRequest.of(query, operationName, variables, extensions), headers, previewToken, true);
    }

    /** The schema in the GraphQL schema language, for code generators and people. */
    @GET
    @Path("schema.graphql")
    public Response schema() {
        return Response.ok(engine.sdl(), "text/plain; charset=utf-8").build();
    }

    /** {@code get}: a GET, whose public answer a client may revalidate with {@code If-None-Match} (304). */
    private Response answer(GraphqlRequest request, HttpHeaders headers, String previewToken, boolean get) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            // a public door must not take password guesses that the sign-in throttle never sees
            throw new InncoException(eu.innco.ErrorCode.SECURITY_001, "Authentication required",
                    "GraphQL reads drafts with a preview token or an API token ('Authorization: Bearer ...'), not with a password.", List.of());
        }
        Optional<Actor> viewer = viewers.viewer(authorization, previewToken);
        String acceptLanguage = headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (viewer.isEmpty()) {
            GraphqlAnswers.Answer a = answers.published(request, acceptLanguage);
            // a POST has no conditional answer: If-None-Match on it asks something else (RFC 9110, 13.1.2)
            Response.ResponseBuilder r = get && EntityTags.notModified(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), a.etag())
                    ? Response.notModified() : Response.ok(a.body(), "application/json");
            return r.header("ETag", a.etag()).header("Vary", "Accept-Language, Authorization").build();
        }
        byte[] body = GraphqlAnswers.bytes(engine.execute(request, new Reader.Preview(preview, viewer.get()), acceptLanguage));
        // drafts are never kept by a cache
        Response.ResponseBuilder r = Response.ok(body, "application/json").header("Vary", "Accept-Language, Authorization")
                .header("Cache-Control", "private, no-store");
        return r.build();
    }
}
