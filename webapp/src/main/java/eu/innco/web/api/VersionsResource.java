package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.content.ContentItem;
import eu.innco.content.ItemJson;
import eu.innco.content.Precondition;
import eu.innco.content.ValueChange;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.publishing.Version;
import eu.innco.publishing.VersionInfo;
import eu.innco.publishing.VersionService;
import eu.innco.content.ValuesJson;
import eu.innco.web.JsonBodies;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/** Versions of an item: list (newest first), save, read one, compare two, restore one. */
@Path(".rest/authoring/v1/items/{type}/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
public final class VersionsResource {
    private final VersionService versions;
    private final ContentTypeRegistry types;
    private final ValuesJson values;
    private final ItemJson itemJson;
    private final JsonBodies bodies;

    public VersionsResource(VersionService versions, ContentTypeRegistry types, ValuesJson values, JsonBodies bodies) {
        this.versions = versions;
        this.types = types;
        this.values = values;
        this.itemJson = new ItemJson(values);
        this.bodies = bodies;
    }

    @GET
    public ObjectNode list(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ArrayNode a = o.putArray("versions");
        for (VersionInfo v : versions.list(Authentication.actor(req), type, id)) a.add(PublishingJson.version(v));
        return o;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    public Response save(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                         InputStream body) {
        RequestFields f = RequestFields.of(bodies.read(body), Set.of("comment"));
        String comment = f.text("comment");
        f.check();
        return Response.status(201).entity(PublishingJson.version(versions.save(Authentication.actor(req), type, id, comment))).build();
    }

    @GET
    @Path("compare")
    public ObjectNode compare(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                              @QueryParam("from") String from, @QueryParam("to") String to) {
        long a = number("from", from);
        Long b = to == null || to.isBlank() || to.equals("working") ? null : number("to", to);
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("from", a);
        if (b == null) o.put("to", "working");
        else o.put("to", b);
        ArrayNode changes = o.putArray("changes");
        for (ValueChange c : versions.compare(Authentication.actor(req), type, id, a, b)) changes.add(PublishingJson.change(c));
        return o;
    }

    @GET
    @Path("{version}")
    public ObjectNode read(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                           @PathParam("version") String version) {
        Version v = versions.read(Authentication.actor(req), type, id, number("version", version));
        ObjectNode o = PublishingJson.version(v.info());
        o.put("name", v.name());
        o.set("properties", values.write(types.require(type).properties(), v.values()));
        return o;
    }

    @POST
    @Path("{version}/restore")
    public Response restore(@Context ContainerRequestContext req, @PathParam("type") String type, @PathParam("id") String id,
                            @PathParam("version") String version, @HeaderParam("If-Match") String ifMatch) {
        ContentItem item = versions.restore(Authentication.actor(req), type, id, number("version", version),
                ifMatch == null ? Precondition.ANY : Precondition.ifMatch(ifMatch));
        return Response.ok(itemJson.write(item, types.require(type))).header("ETag", item.etag()).build();
    }

    private static long number(String name, String value) {
        Integer n = Params.integer(name, value);
        if (n == null || n < 1) {
            throw eu.innco.InncoException.invalid(ErrorCode.QUERY_004, "'" + name + "' must be a version number",
                    java.util.List.of(new eu.innco.FieldError(name, "must be a version number (1, 2, ...)")));
        }
        return n;
    }
}
