package eu.innco.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.ItemJson;
import eu.innco.content.ItemPage;
import eu.innco.content.ItemWrite;
import eu.innco.content.ListQuery;
import eu.innco.content.Precondition;
import eu.innco.web.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;

/** The authoring API's items: list, create, read, replace, merge-patch and delete working copies. */
@Path(".rest/authoring/v1/items/{type}")
@Produces(MediaType.APPLICATION_JSON)
public final class ItemsResource {
    private final ContentService content;
    private final ItemJson itemJson;
    private final JsonBodies bodies;

    public ItemsResource(ContentService content, JsonBodies bodies) {
        this.content = content;
        this.itemJson = new ItemJson(content.valuesJson());
        this.bodies = bodies;
    }

    @GET
    public Response list(@Context ContainerRequestContext req, @PathParam("type") String type,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("q") String q,
                         @QueryParam("status") String status, @QueryParam("locale") String locale,
                         @QueryParam("translation") String translation, @QueryParam("sort") String sort) {
        ListQuery query = ListQuery.of(Params.integer("limit", limit), Params.integer("offset", offset), q, status, locale, translation, sort);
        ItemPage page = content.list(Authentication.actor(req), type, query);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        out.put("total", page.total());
        ArrayNode results = out.putArray("results");
        for (ContentItem i : page.items()) results.add(itemJson.write(i, content.types().require(type)));
        return Response.ok(out).build();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    public Response create(@Context ContainerRequestContext req, @Context UriInfo uri, @PathParam("type") String type,
                           InputStream body) {
        ItemWrite asked = content.writes().read(content.types().require(type), bodies.read(body));
        ContentItem item = content.create(Authentication.actor(req), type, asked);
        URI location = uri.getBaseUriBuilder().path(".rest/authoring/v1/items").path(type).path(item.id()).build();
        return Response.created(location).header("ETag", item.etag()).entity(itemJson.write(item, content.types().require(type))).build();
    }

    @GET
    @Path("{id}")
    public Response read(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id) {
        ContentItem item = content.get(Authentication.actor(req), type, id);
        return ok(item, type);
    }

    @PUT
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    public Response replace(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                            @HeaderParam("If-Match") String ifMatch, InputStream body) {
        ItemWrite asked = content.writes().read(content.types().require(type), bodies.read(body));
        ContentItem item = content.replace(Authentication.actor(req), type, id, asked, Precondition.ifMatch(ifMatch));
        return ok(item, type);
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public Response patch(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                          @HeaderParam("If-Match") String ifMatch, InputStream body) {
        content.types().require(type);
        JsonNode json = bodies.read(body);
        ContentItem item = content.patch(Authentication.actor(req), type, id, json, Precondition.ifMatch(ifMatch));
        return ok(item, type);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                           @HeaderParam("If-Match") String ifMatch, @QueryParam("force") String force) {
        content.delete(Authentication.actor(req), type, id, Precondition.ifMatch(ifMatch), "true".equals(force));
        return Response.noContent().build();
    }

    private Response ok(ContentItem item, String type) {
        return Response.ok(itemJson.write(item, content.types().require(type))).header("ETag", item.etag()).build();
    }
}
