package eu.innco.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.ValueChange;
import eu.innco.contenttype.field.Dates;
import eu.innco.publishing.AuditEntry;
import eu.innco.publishing.PublishTarget;
import eu.innco.publishing.PublishedItemState;
import eu.innco.publishing.Release;
import eu.innco.publishing.Schedule;
import eu.innco.publishing.VersionInfo;
import eu.innco.publishing.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the publishing answers. */
final class PublishingJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PublishingJson() {}

    static ObjectNode published(List<PublishedItemState> states) {
        ObjectNode o = F.objectNode();
        ArrayNode items = o.putArray("items");
        for (PublishedItemState s : states) {
            ObjectNode i = items.addObject();
            i.put("type", s.type()).put("id", s.id()).put("path", s.path());
            strings(i.putArray("locales"), s.locales());
            strings(i.putArray("publishedLocales"), s.publicLocales());
            if (s.version() != null) i.put("version", s.version());
            i.put("requested", s.requested());
        }
        return o;
    }

    static ObjectNode schedule(Schedule s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id()).put("action", s.action()).put("at", Dates.format(s.at()));
        if (!s.type().isEmpty()) o.put("type", s.type()).put("itemId", s.itemId());
        if (!s.releaseId().isEmpty()) o.put("releaseId", s.releaseId());
        strings(o.putArray("locales"), s.locales());
        o.put("state", s.state()).put("result", s.result()).put("createdBy", s.createdBy()).put("created", Dates.format(s.created()));
        date(o, "ranAt", s.ranAt());
        // a publication publishes the content as it was scheduled; newerDraft: the working copy changed since
        if (s.snapshot()) o.put("asScheduled", true).put("newerDraft", s.newerDraft());
        if (!s.cancelledFor().isEmpty()) o.put("cancelledFor", s.cancelledFor());
        return o;
    }

    static ObjectNode release(Release r) {
        ObjectNode o = F.objectNode();
        o.put("id", r.id()).put("name", r.name()).put("state", r.state()).put("comment", r.comment())
                .put("includeReferences", r.includeReferences());
        date(o, "at", r.at());
        ArrayNode items = o.putArray("items");
        for (PublishTarget t : r.items()) {
            ObjectNode i = items.addObject().put("type", t.type()).put("id", t.id());
            strings(i.putArray("locales"), t.locales());
        }
        o.put("createdBy", r.createdBy()).put("created", Dates.format(r.created()));
        date(o, "publishedAt", r.publishedAt());
        o.put("result", r.result());
        return o;
    }

    static ObjectNode version(VersionInfo v) {
        ObjectNode o = F.objectNode();
        o.put("version", v.number()).put("created", Dates.format(v.created())).put("createdBy", v.createdBy())
                .put("action", v.action()).put("comment", v.comment());
        strings(o.putArray("locales"), v.locales());
        return o;
    }

    static ObjectNode change(ValueChange c) {
        ObjectNode o = F.objectNode();
        o.put("property", c.path());
        if (c.locale() == null) o.putNull("locale");
        else o.put("locale", c.locale());
        o.put("change", c.kind().name().toLowerCase());
        return o;
    }

    static ObjectNode audit(AuditEntry e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id()).put("at", Dates.format(e.at())).put("user", e.user()).put("action", e.action());
        if (!e.type().isEmpty()) o.put("type", e.type());
        if (!e.itemId().isEmpty()) o.put("item", e.itemId());
        if (!e.path().isEmpty()) o.put("path", e.path());
        strings(o.putArray("locales"), e.locales());
        if (e.version() != null) o.put("version", e.version());
        if (!e.detail().isEmpty()) o.put("detail", e.detail());
        if (!e.items().isEmpty()) {
            ArrayNode items = o.putArray("items");
            for (AuditEntry.Item i : e.items()) {
                ObjectNode x = items.addObject().put("type", i.type()).put("id", i.id());
                if (!i.path().isEmpty()) x.put("path", i.path());
                strings(x.putArray("locales"), i.locales());
                if (i.version() != null) x.put("version", i.version());
            }
        }
        return o;
    }

    static ObjectNode delivery(WebhookDelivery d) {
        ObjectNode o = F.objectNode();
        o.put("id", d.id()).put("event", d.event()).put("item", d.itemId()).put("created", Dates.format(d.created())).put("state", d.state());
        ArrayNode a = o.putArray("attempts");
        for (WebhookDelivery.Attempt x : d.attempts()) a.addObject().put("at", Dates.format(x.at())).put("status", x.status()).put("note", x.note());
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void date(ObjectNode o, String key, Instant t) {
        if (t == null) o.putNull(key);
        else o.put(key, Dates.format(t));
    }
}
