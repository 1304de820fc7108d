package eu.innco.exchange.initiatives;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.ItemJson;
import eu.innco.content.Precondition;
import eu.innco.exchange.abuse.AbuseReports;
import eu.innco.network.Member;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.publishing.PublicationService;
import eu.innco.security.Actor;
import eu.innco.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A member's own initiatives: proposing (published at once in the member's language), translating,
 * moving the status on, and accepting partners. Every change is published again at once, in every
 * language the initiative has a title in, unless an abuse report holds it.
 */
public final class Initiatives {
    static final String TYPE = "initiative";
    public static final List<String> STATUSES = List.of("open", "underway", "done");
    private final eu.innco.repository.ContentRepository repository;
    private final ContentService content;
    private final PublicationService publication;
    private final AbuseReports abuse;
    private final AuditLog audit;

    public Initiatives(eu.innco.repository.ContentRepository repository, ContentService content, PublicationService publication, AbuseReports abuse, AuditLog audit) {
        this.repository = repository;
        this.content = content;
        this.publication = publication;
        this.abuse = abuse;
        this.audit = audit;
    }

    /** Proposes an initiative (fields checked by {@link InitiativeValidator}); returns its id. */
    public String propose(Member m, InitiativeFields f, String locale) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("sourceLocale", locale);
        ObjectNode p = body.putObject("properties");
        p.putObject("title").put(locale, f.title());
        p.putObject("goal").put(locale, f.goal());
        p.putObject("impact").put(locale, f.impact());
        p.put("status", "open");
        strings(p.putArray("partnerKinds"), f.kinds());
        strings(p.putArray("skills"), f.skills());
        strings(p.putArray("countries"), f.countries());
        if (!f.startDate().isEmpty()) p.put("startDate", f.startDate());
        if (!f.endDate().isEmpty()) p.put("endDate", f.endDate());
        p.put("organisation", m.organisation());
        ContentItem item = content.create(acting(m), TYPE, body);
        publish(m, item.id(), "exchange: initiative proposed");
        audit.recordNow(AuditEntry.of(m.username(), "exchange.initiative.propose", TYPE, item.id(), item.path(), List.of(locale), null, f.title()));
        return item.id();
    }

    /** The member's own initiative in its authoring JSON; another organisation's is refused. */
    public ObjectNode own(Member m, String id) {
        ObjectNode json = json(id);
        if (!m.organisation().equals(json.path("properties").path("organisation").asText())) {
            throw InncoException.forbidden("This initiative belongs to another organisation.");
        }
        return json;
    }

    /** Any initiative's authoring JSON (for the platform's own checks). */
    public ObjectNode json(String id) {
        ContentItem item = content.get(Actor.SYSTEM, TYPE, id);
        return new ItemJson(content.valuesJson()).write(item, content.types().require(TYPE));
    }

    /** The member organisation's initiatives, newest first: id, title in {@code locale} or the source language, status. */
    public List<ObjectNode> mine(Member m, String locale) {
        List<ObjectNode> out = new ArrayList<>();
        for (String id : Ids.of(repository, content, TYPE, m.organisation())) {
            ObjectNode j = json(id);
            JsonNode title = j.path("properties").path("title");
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            row.put("id", id);
            row.put("name", j.path("name").asText());
            row.put("title", title.path(locale).asText(title.path(j.path("sourceLocale").asText()).asText()));
            row.put("status", j.path("properties").path("status").asText());
            row.put("held", abuse.held(id));
            out.add(row);
        }
        return out;
    }

    /** Adds or replaces the title, goal and impact in {@code locale}, published at once. */
    public void translate(Member m, String id, String locale, String title, String goal, String impact) {
        own(m, id);
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.putObject("title").put(locale, title.strip());
        p.putObject("goal").put(locale, goal.strip());
        p.putObject("impact").put(locale, impact.strip());
        patch(m, id, p, "exchange: initiative translated into " + locale);
    }

    /** Moves the status (open, underway, done). */
    public void status(Member m, String id, String status) {
        if (!STATUSES.contains(status)) throw InncoException.badRequest(ErrorCode.EXCHANGE_001, "The status is one of " + STATUSES + ".");
        own(m, id);
        patch(m, id, JsonNodeFactory.instance.objectNode().put("status", status), "exchange: initiative " + status);
    }

    /** The ids of an organisation's initiatives, newest first. */
    public List<String> ids(String organisation) {
        return Ids.of(repository, content, TYPE, organisation);
    }

    /** Lists an organisation among the initiative's partners. */
    void addPartner(Member m, String id, String organisation) {
        ObjectNode json = own(m, id);
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        ArrayNode partners = p.putArray("partners");
        for (JsonNode x : json.path("properties").path("partners")) if (!x.asText().equals(organisation)) partners.add(x.asText());
        partners.add(organisation);
        patch(m, id, p, "exchange: partner accepted");
    }

    private void patch(Member m, String id, ObjectNode properties, String comment) {
        if (abuse.held(id)) throw InncoException.conflict(ErrorCode.EXCHANGE_409, "This initiative is held after an abuse report until an editor reviews it.");
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("properties", properties);
        content.patch(acting(m), TYPE, id, patch, Precondition.ANY);
        publish(m, id, comment);
        audit.recordNow(AuditEntry.of(m.username(), "exchange.initiative.change", TYPE, id, "", List.of(), null, comment));
    }

    private void publish(Member m, String id, String comment) {
        if (abuse.held(id)) return;
        List<String> locales = new ArrayList<>();
        JsonNode title = json(id).path("properties").path("title");
        title.fieldNames().forEachRemaining(locales::add);
        publication.publish(acting(m), TYPE, id, locales, comment, false);
    }

    /** The platform acting on the member's behalf: members never hold publishing rights of their own. */
    static Actor acting(Member m) {
        return new Actor(m.username(), Set.of(Role.ADMIN), m.organisation(), Set.of(), true);
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
