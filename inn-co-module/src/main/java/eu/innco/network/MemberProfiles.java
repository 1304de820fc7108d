package eu.innco.network;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.assets.AssetService;
import eu.innco.content.ContentItem;
import eu.innco.content.ContentService;
import eu.innco.content.ItemJson;
import eu.innco.content.Precondition;
import eu.innco.contenttype.field.Dates;
import eu.innco.mail.Outbox;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.AuditLog;
import eu.innco.publishing.PublicationService;
import eu.innco.repository.ContentRepository;
import eu.innco.security.Actor;
import eu.innco.security.UserStore;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a member does with its own organisation: edit the profile and its translations (live at
 * once: every language with a description is published again), replace the logo, download all the
 * platform holds about it, and leave (withdrawn from the public, people erased; the audit keeps
 * that it happened under the word "member", not who).
 */
public final class MemberProfiles {
    private static final String TYPE = "organisation";
    private final ContentRepository repository;
    private final ContentService content;
    private final AssetService assets;
    private final PublicationService publication;
    private final UserStore users;
    private final MemberStore members;
    private final AuditLog audit;
    private final Clock clock;

    MemberProfiles(ContentRepository repository, ContentService content, AssetService assets, PublicationService publication,
                   UserStore users, MemberStore members, NetworkMails mails, Outbox outbox, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.content = content;
        this.assets = assets;
        this.publication = publication;
        this.users = users;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation's authoring JSON ({@code properties} with every language's values). */
    public ObjectNode organisation(Member m) {
        ContentItem item = content.get(actor(m), TYPE, m.organisation());
        return new ItemJson(content.valuesJson()).write(item, content.types().require(TYPE));
    }

    /** The organisation's source language (the application's). */
    public String sourceLocale(Member m) {
        return organisation(m).path("sourceLocale").asText("en");
    }

    /**
     * Saves the shared fields and the description in {@code locale} (a merge patch of
     * {@code properties}), then publishes every language that has a description.
     */
    public void update(Member m, ObjectNode properties, Optional<Logo> logo, String locale) {
        Actor actor = actor(m);
        if (logo.isPresent()) {
            String asset = assets.upload(actor, logo.get().fileName(), new ByteArrayInputStream(logo.get().bytes()), locale,
                    properties.path("name").asText(m.organisation()), properties.path("name").asText(m.organisation())).id();
            properties.put("logo", asset);
        }
        ObjectNode patch = Moderation.object();
        patch.set("properties", properties);
        ContentItem item = content.patch(actor, TYPE, m.organisation(), patch, Precondition.ANY);
        List<String> locales = new ArrayList<>();
        for (String l : content.locales().locales()) if (item.values().get("description", l).isPresent()) locales.add(l);
        if (!locales.contains(locale)) locales.add(locale);
        publication.publish(actor, TYPE, m.organisation(), locales, "network: member's own change", true);
        // what moderators list as "recent member changes" (moderated after the fact)
        audit.recordNow(AuditEntry.of(m.username(), "network.memberChange", TYPE, m.organisation(), "", locales, null,
                item.values().get("name").map(Object::toString).orElse("")));
    }

    /** Everything the platform holds about the member's organisation and its people. */
    public ObjectNode export(Member m) {
        ObjectNode out = Moderation.object();
        out.put("exportedAt", Dates.format(clock.instant()));
        out.set("organisation", organisation(m));
        ArrayNode people = out.putArray("people");
        for (Member p : members.of(m.organisation())) {
            ObjectNode o = people.addObject();
            o.put("username", p.username());
            o.put("name", p.name());
            o.put("email", p.email());
            o.put("created", Dates.format(p.created()));
            if (!p.termsVersion().isEmpty()) {
                o.put("termsVersion", p.termsVersion());
                o.put("termsAcceptedAt", Dates.format(p.termsAcceptedAt()));
            }
        }
        return out;
    }

    /** Leaves the network: the organisation leaves the public everywhere, its people's accounts and data are erased. */
    public void leave(Member m) {
        publication.unpublish(actor(m), TYPE, m.organisation(), List.of(), true);
        for (Member p : members.of(m.organisation())) {
            users.find(p.username()).ifPresent(u -> users.delete(u.username()));
            repository.writeDurably(s -> {
                Optional<javax.jcr.Node> n = members.node(s, p.username());
                if (n.isPresent()) n.get().remove();
                return null;
            });
        }
        audit.recordNow(AuditEntry.of("member", "network.leave", TYPE, m.organisation(), "", List.of(), null, ""));
    }

    private static Actor actor(Member m) {
        return MemberAccounts.acting(m.username(), m.organisation());
    }

}
