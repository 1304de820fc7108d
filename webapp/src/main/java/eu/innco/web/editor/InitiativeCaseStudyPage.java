package eu.innco.web.editor;

import eu.innco.delivery.DeliveryService;
import eu.innco.exchange.initiatives.Collaboration;
import eu.innco.network.Network;
import com.fasterxml.jackson.databind.JsonNode;
import eu.innco.InncoException;
import eu.innco.network.Moderation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /editor/initiatives}: the network's done initiatives of the editor's country (admins and
 * publishers: all), each with a button that drafts a case study keeping a link to it, so that the
 * network feeds the case studies. The same drafting as {@code POST /.rest/authoring/v1/initiatives/{id}/case-study}.
 */
@Path("editor/initiatives")
public final class InitiativeCaseStudyPage {
    private final Editor editor;
    private final Network network;
    private final DeliveryService delivery;
    private final Collaboration collaboration;

    public InitiativeCaseStudyPage(Editor editor, Network network, DeliveryService delivery, Collaboration collaboration) {
        this.editor = editor;
        this.network = network;
        this.delivery = delivery;
        this.collaboration = collaboration;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        EditorCall call = drafter(uri, headers);
        Optional<String> scope = network.moderation.country(call.actor());
        var accounts = network.accounts;
        List<Map<String, Object>> rows = new ArrayList<>();
        var page = delivery.query("initiatives", "all", Map.of("status", List.of("done"), "limit", List.of("100"),
                "orderBy", List.of("mgnl:created desc")));
        for (byte[] bytes : page.results()) {
            JsonNode i = eu.innco.web.exchange.initiatives.ExchangeWeb.json(bytes);
            String organisation = i.path("organisation").asText();
            String country = accounts.countryOf(organisation);
            if (scope.isPresent() && !scope.get().equals(country)) continue;
            JsonNode title = i.path("title");
            String lang = title.has(call.locale()) || !title.fieldNames().hasNext() ? call.locale() : title.fieldNames().next();
            Map<String, Object> r = new HashMap<>();
            r.put("id", i.path("@id").asText());
            r.put("title", title.path(lang).asText(""));
            r.put("lang", lang);
            r.put("organisation", accounts.nameOf(organisation));
            r.put("country", country);
            r.put("href", "/" + lang + "/initiatives/" + i.path("@name").asText());
            collaboration.caseStudies.existing(i.path("@id").asText()).ifPresent(c -> r.put("caseStudy", c));
            rows.add(r);
        }
        return Pages.html(call, "initiatives.ftlh", Map.of("initiatives", rows));
    }

    @POST
    @Path("{id: [0-9a-f-]{36}}/case-study")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        EditorCall call = drafter(uri, headers);
        call.checkCsrf(form);
        String caseStudy = collaboration.caseStudies.draft(call.actor(), network.moderation.country(call.actor()), id);
        call.flash(call.t("exchange.caseStudy.made"));
        return Pages.redirect("/editor/content/caseStudy/" + caseStudy);
    }

    /** Those who moderate the network (partner editors for their country, publishers, admins); a member never gets this far. */
    private EditorCall drafter(UriInfo uri, HttpHeaders headers) {
        EditorCall call = EditorCall.signedIn(editor, uri, headers);
        if (!Moderation.moderates(call.actor())) {
            throw InncoException.forbidden("User '" + call.user.username() + "' does not turn initiatives into case studies.");
        }
        return call;
    }
}
