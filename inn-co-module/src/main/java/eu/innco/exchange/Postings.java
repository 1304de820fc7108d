package eu.innco.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.Precondition;
import eu.innco.network.Member;
import eu.innco.network.MemberAccounts;
import eu.innco.publishing.PublicationService;
import eu.innco.security.Actor;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's own offers and needs: posted in the member's language and published at once,
 * translated by the member into other site languages (each published at once), changed or withdrawn
 * by the member only. The platform writes on the member's behalf, as it does for the member's profile.
 */
public final class Postings {
    private final ContentService content;
    private final PublicationService publication;
    private final OwnPostings own;

    Postings(ContentService content, PublicationService publication, OwnPostings own) {
        this.content = content;
        this.publication = publication;
        this.own = own;
    }

    /** Posts a new item for the member's organisation and publishes it in its language; returns its id. */
    public String post(Member m, Posting p, JsonNode organisation) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("sourceLocale", p.locale());
        ObjectNode props = body.putObject("properties");
        shared(props, p);
        texts(props, p);
        props.put("member", m.organisation());
        JsonNode org = organisation.path("properties");
        if (org.path("country").isTextual()) props.put("memberCountry", org.path("country").asText());
        if (org.path("location").isObject()) props.set("location", org.path("location"));
        ContentItem item = content.create(actor(m), p.kind().type, body);
        publication.publish(actor(m), p.kind().type, item.id(), List.of(p.locale()), "exchange: posted by a member", false);
        return item.id();
    }

    /** Saves a change of the member's own item (shared values and the texts in {@code p.locale()}) and publishes every language with a title. */
    public void update(Member m, String id, Posting p) {
        ContentItem item = mine(m, p.kind(), id);
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        shared(props, p);
        texts(props, p);
        save(m, p.kind(), item, props, p.locale());
    }

    /** Adds or replaces the title and description in another site language, published at once. */
    public void translate(Member m, Kind kind, String id, String locale, String title, String description) {
        ContentItem item = mine(m, kind, id);
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        props.putObject("title").put(locale, title);
        props.putObject("description").put(locale, description);
        save(m, kind, item, props, locale);
    }

    /** Withdraws the member's own item from the public and deletes it. */
    public void withdraw(Member m, Kind kind, String id) {
        mine(m, kind, id);
        publication.unpublish(actor(m), kind.type, id, List.of(), true);
        content.delete(actor(m), kind.type, id, Precondition.ANY, true);
    }

    /** The member's own item (working copy); another organisation's, or none, is a 404. */
    public ContentItem mine(Member m, Kind kind, String id) {
        ContentItem item;
        try {
            item = content.get(actor(m), kind.type, id);
        } catch (InncoException e) {
            throw InncoException.notFound(ErrorCode.EXCHANGE_404, "There is no " + kind.type + " '" + id + "' of yours.");
        }
        if (!m.organisation().equals(item.values().get("member").map(Object::toString).orElse(""))) {
            throw InncoException.notFound(ErrorCode.EXCHANGE_404, "There is no " + kind.type + " '" + id + "' of yours.");
        }
        return item;
    }

    /** The ids of the organisation's items of a kind, newest first. */
    public List<String> ofMember(Member m, Kind kind) {
        return own.ids(kind, m.organisation());
    }

    private void save(Member m, Kind kind, ContentItem item, ObjectNode props, String locale) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("properties", props);
        ContentItem saved = content.patch(actor(m), kind.type, item.id(), patch, Precondition.ANY);
        List<String> locales = new ArrayList<>();
        for (String l : content.locales().locales()) if (saved.values().get("title", l).isPresent()) locales.add(l);
        if (!locales.contains(locale)) locales.add(locale);
        publication.publish(actor(m), kind.type, item.id(), locales, "exchange: changed by the member", false);
    }

    private static void shared(ObjectNode props, Posting p) {
        props.put("category", p.category());
        array(props.putArray("sectors"), p.sectors());
        array(props.putArray("countries"), p.countries());
        props.put("remote", p.remote());
        array(props.putArray("languages"), p.languages());
        props.put("validUntil", p.validUntil().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
    }

    private static void texts(ObjectNode props, Posting p) {
        props.putObject("title").put(p.locale(), p.title());
        if (!p.description().isEmpty()) props.putObject("description").put(p.locale(), p.description());
    }

    private static void array(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    static Actor actor(Member m) {
        return MemberAccounts.acting(m.username(), m.organisation());
    }

}
