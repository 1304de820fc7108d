package eu.innco.web.exchange.contact;

import eu.innco.exchange.contact.ContactMessages;
import eu.innco.exchange.contact.Conversation;
import eu.innco.exchange.contact.PlainText;
import eu.innco.web.exchange.initiatives.ExchangeWeb;
import eu.innco.web.network.FormDefences;
import eu.innco.web.network.MemberDoor;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /{locale}/contact}: a member writes to a member organisation; the recipient answers,
 * blocks the sender or reports the message through the link it received ({@code reply?t=}).
 * The texts pass through to the outbox and are not kept by these pages.
 */
@Path("{locale: [a-z]{2}}/contact")
public final class ContactPages {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private final ExchangeWeb web;

    public ContactPages(ExchangeWeb web) {
        this.web = web;
    }

    @GET
    @Path("{organisation: " + UUID + "}")
    public Response form(@PathParam("locale") String locale, @PathParam("organisation") String organisation, @QueryParam("about") String about,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        MemberDoor.Signed s = web.member(locale, uri, headers, null);
        return write(locale, uri, s, organisation, about, 200, Map.of(), "");
    }

    @POST
    @Path("{organisation: " + UUID + "}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("locale") String locale, @PathParam("organisation") String organisation, @Context UriInfo uri,
                         @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        MemberDoor.Signed s = web.member(locale, uri, headers, form);
        String text = ExchangeWeb.one(form, "text");
        String about = ExchangeWeb.one(form, "about");
        Optional<String> problem = PlainText.problem(text, ContactMessages.TEXT_MIN, ContactMessages.TEXT_MAX);
        if (problem.isPresent()) return write(locale, uri, s, organisation, about, 400, Map.of("text", problem.get()), text);
        ContactMessages c = web.services.collaboration.contact;
        ContactMessages.Outcome o = c.send(s.member(), organisation, PlainText.clean(text), aboutTitle(locale, about), aboutPosting(about),
                web.frame.base(uri));
        String name = c.organisationName(organisation);
        return switch (o) {
            case SENT -> web.note(locale, uri, 200, "sent", Map.of("organisation", name));
            case LIMITED -> Response.fromResponse(web.note(locale, uri, 429, "limited", Map.of("count", c.perDay())))
                    .header("Retry-After", "3600").build();
            case BLOCKED -> web.note(locale, uri, 403, "blocked", Map.of("organisation", name));
            case OWN -> web.note(locale, uri, 400, "own", Map.of());
            case UNAVAILABLE -> web.note(locale, uri, 404, "unavailable", Map.of());
        };
    }

    @GET
    @Path("reply")
    public Response replyForm(@PathParam("locale") String locale, @QueryParam("t") String token, @Context UriInfo uri, @Context HttpHeaders headers) {
        web.checkLocale(locale);
        Conversation c = web.services.collaboration.contact.byLink(token).orElse(null);
        if (c == null) return web.note(locale, uri, 404, "linkGone", Map.of());
        return reply(locale, uri, headers, c, token, 200, Map.of(), "", null);
    }

    @POST
    @Path("{action: reply|block}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("locale") String locale, @PathParam("action") String action, @Context UriInfo uri,
                           @Context HttpHeaders headers, MultivaluedMap<String, String> form) {
        web.checkLocale(locale);
        if (!web.door.formOk(headers, uri, form.getFirst("_csrf"), form.getFirst("_stamp"))) return web.note(locale, uri, 403, "forged", Map.of());
        String token = ExchangeWeb.one(form, "t");
        ContactMessages contact = web.services.collaboration.contact;
        Conversation c = contact.byLink(token).orElse(null);
        if (c == null) return web.note(locale, uri, 404, "linkGone", Map.of());
        String sender = contact.organisationName(c.fromOrganisation());
        if (action.equals("block")) {
            contact.block(token);
            return web.note(locale, uri, 200, "blockedSender", Map.of("organisation", sender));
        }
        String text = ExchangeWeb.one(form, "text");
        Optional<String> problem = PlainText.problem(text, ContactMessages.TEXT_MIN, ContactMessages.TEXT_MAX);
        if (problem.isPresent()) return reply(locale, uri, headers, c, token, 400, Map.of("text", problem.get()), text, null);
        return switch (contact.reply(token, PlainText.clean(text))) {
            case SENT -> web.note(locale, uri, 200, "replied", Map.of("organisation", sender));
            case USED -> web.note(locale, uri, 409, "repliedAlready", Map.of());
            case HELD -> web.note(locale, uri, 409, "held", Map.of());
            case GONE -> web.note(locale, uri, 404, "linkGone", Map.of());
        };
    }

    private Response write(String locale, UriInfo uri, MemberDoor.Signed s, String organisation, String about, int status,
                           Map<String, String> errors, String text) {
        String name = web.services.collaboration.contact.organisationName(organisation);
        if (name.isEmpty()) throw new NotFoundException();
        // a partner or visited organisation has no member account to write to; a withdrawn member neither
        if (!web.services.collaboration.contact.reachable(organisation)) return web.note(locale, uri, 404, "unavailable", Map.of());
        Map<String, Object> m = new HashMap<>();
        m.put("csrf", s.csrf());
        m.put("organisation", organisation);
        m.put("name", name);
        m.put("about", about == null ? "" : about);
        m.put("aboutTitle", aboutTitle(locale, about));
        m.put("text", text);
        m.put("max", ContactMessages.TEXT_MAX);
        m.put("errors", web.translated(locale, errors, "min", ContactMessages.TEXT_MIN, "max", ContactMessages.TEXT_MAX));
        String title = web.t(locale, "exchange.contact.title", "organisation", name);
        if (!errors.isEmpty()) title = web.t(locale, "network.form.errorsTitle") + " · " + title;
        return web.page(status, locale, uri, "contact.ftlh", title, m);
    }

    private Response reply(String locale, UriInfo uri, HttpHeaders headers, Conversation c, String token, int status, Map<String, String> errors,
                           String text, String notice) {
        Map<String, Object> m = web.door.form("/" + locale + "/contact/reply").into(new HashMap<>());
        FormDefences.Issued block = web.door.form("/" + locale + "/contact/block");
        m.put("blockCsrf", block.csrf());
        m.put("blockStamp", block.stamp());
        m.put("token", token);
        m.put("sender", web.services.collaboration.contact.organisationName(c.fromOrganisation()));
        m.put("replied", c.replied());
        m.put("open", c.open());
        m.put("conversation", c.id());
        m.put("text", text);
        m.put("max", ContactMessages.TEXT_MAX);
        m.put("errors", web.translated(locale, errors, "min", ContactMessages.TEXT_MIN, "max", ContactMessages.TEXT_MAX));
        if (notice != null) m.put("notice", notice);
        String title = web.t(locale, "exchange.reply.title");
        if (!errors.isEmpty()) title = web.t(locale, "network.form.errorsTitle") + " · " + title;
        return web.page(status, locale, uri, "contact-reply.ftlh", title, m);
    }

    /** Whether {@code about} is a published offer or need (the mail then says so, not "initiative"). */
    private boolean aboutPosting(String about) {
        if (about == null || !about.matches(UUID)) return false;
        return web.services.delivery.byId("initiatives", eu.innco.delivery.NodeRenderer.ALL, about).isEmpty() && !aboutTitle("en", about).isEmpty();
    }

    /** The title of what a message is about (initiative, offer or need), in the page's language, or "". */
    private String aboutTitle(String locale, String about) {
        if (about == null || !about.matches(UUID)) return "";
        // what a member writes about: an initiative, or an offer or a need it found on the exchange
        for (String endpoint : java.util.List.of("initiatives", "offers", "needs")) {
            var found = web.services.delivery.byId(endpoint, eu.innco.delivery.NodeRenderer.ALL, about).map(n -> {
                var title = ExchangeWeb.json(n.json()).path("title");
                return title.path(web.language(locale, title)).asText("");
            });
            if (found.isPresent()) return found.get();
        }
        return "";
    }
}
