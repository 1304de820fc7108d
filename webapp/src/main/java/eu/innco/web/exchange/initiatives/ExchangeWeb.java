package eu.innco.web.exchange.initiatives;

import eu.innco.web.Services;
import eu.innco.web.network.MemberDoor;
import eu.innco.web.portal.PortalFrame;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the exchange's portal pages share (initiatives, messages, reports): the services, the
 * portal frame, the member door, and the ways they answer. Never cached: they carry forms.
 */
public final class ExchangeWeb {
    public final Services services;
    public final PortalFrame frame;
    public final MemberDoor door;

    ExchangeWeb(Services services, PortalFrame frame) {
        this.services = services;
        this.frame = frame;
        this.door = new MemberDoor(services);
    }

    public void checkLocale(String locale) {
        if (!frame.hasLocale(locale)) throw new NotFoundException();
    }

    public String t(String locale, String key, Object... args) {
        return frame.t(locale, key, args);
    }

    /** The signed-in member; anyone else is sent to the sign-in page; a form without the session's token is refused. */
    public MemberDoor.Signed member(String locale, UriInfo uri, HttpHeaders headers, MultivaluedMap<String, String> form) {
        checkLocale(locale);
        Optional<MemberDoor.Signed> s = door.member(headers);
        if (s.isEmpty()) throw new WebApplicationException(Response.seeOther(URI.create("/" + locale + "/account/login")).build());
        if (form != null && !s.get().sent(form.getFirst("_csrf"))) throw new WebApplicationException(note(locale, uri, 403, "forged", Map.of()));
        return s.get();
    }

    /** A page of the portal's frame, never cached. */
    public Response page(int status, String locale, UriInfo uri, String template, String title, Map<String, Object> model) {
        checkLocale(locale);
        return Response.status(status).type("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .entity(frame.render(locale, uri, template, title, model)).build();
    }

    /** A short page saying what happened: {@code exchange.note.<kind>.title} and {@code .text}. */
    public Response note(String locale, UriInfo uri, int status, String kind, Map<String, Object> args) {
        Map<String, Object> m = new HashMap<>();
        m.put("heading", t(locale, "exchange.note." + kind + ".title"));
        m.put("text", frame.t(locale, "exchange.note." + kind + ".text", flat(args)));
        if (args.get("back") != null) m.put("back", args.get("back"));
        return page(status, locale, uri, "exchange-note.ftlh", String.valueOf(m.get("heading")), m);
    }

    /** Bundle keys beside fields, translated. */
    public Map<String, String> translated(String locale, Map<String, String> errors, Object... args) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((f, k) -> out.put(f, t(locale, k, args)));
        return out;
    }

    /** Which language of a value read with {@code lang=all} to show on a page of {@code locale}. */
    public String language(String locale, com.fasterxml.jackson.databind.JsonNode values) {
        return InitiativeView.language(this, locale, values);
    }

    /** A delivery answer's JSON. */
    public static com.fasterxml.jackson.databind.JsonNode json(byte[] bytes) {
        return InitiativeView.parse(bytes);
    }

    public static String one(MultivaluedMap<String, String> form, String name) {
        return Optional.ofNullable(form.getFirst(name)).orElse("");
    }

    private static Object[] flat(Map<String, Object> args) {
        return args.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    }
}
