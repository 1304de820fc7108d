package eu.innco.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.content.ContentService;
import eu.innco.content.ItemJson;
import eu.innco.content.Precondition;
import eu.innco.contenttype.field.Dates;
import eu.innco.publishing.PublicationService;
import eu.innco.security.Actor;
import java.util.Collection;
import java.util.List;

/**
 * What the exchange holds about one member organisation, for its data export, and its erasure when
 * the organisation leaves the network: its offers and needs (every language, published or not) and
 * its people's digest subscriptions (and the count of its recent posts). Nobody else's record needs these, so they are deleted outright.
 */
public final class MemberData {
    private final ContentService content;
    private final PublicationService publication;
    private final OwnPostings own;
    private final DigestSubscriptions digest;
    private final PostingQuota quota;

    MemberData(ContentService content, PublicationService publication, OwnPostings own, DigestSubscriptions digest, PostingQuota quota) {
        this.quota = quota;
        this.content = content;
        this.publication = publication;
        this.own = own;
        this.digest = digest;
    }

    /** {@code offers} and {@code needs} in their authoring JSON, and the digest subscriptions of {@code usernames}. */
    public ObjectNode export(String organisation, Collection<String> usernames) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        ItemJson json = new ItemJson(content.valuesJson());
        for (Kind k : Kind.values()) {
            ArrayNode items = out.putArray(k.plural);
            for (String id : own.ids(k, organisation)) {
                items.add(json.write(content.get(Actor.SYSTEM, k.type, id), content.types().require(k.type)));
            }
        }
        ArrayNode subscriptions = out.putArray("digest");
        for (String u : usernames) {
            digest.find(u).ifPresent(s -> subscriptions.addObject().put("username", s.username()).put("language", s.locale())
                    .put("matchesSentUpTo", Dates.format(s.since())));
        }
        return out;
    }

    /** The organisation left: its offers and needs leave the public and are deleted, its people's digests stop. */
    public void organisationLeft(String organisation, Collection<String> usernames) {
        for (Kind k : Kind.values()) {
            for (String id : own.ids(k, organisation)) {
                try {
                    publication.unpublish(Actor.SYSTEM, k.type, id, List.of(), true);
                } catch (InncoException e) {
                    if (e.errorCode() != ErrorCode.PUBLISH_003) throw e; // expired: already withdrawn
                }
                content.delete(Actor.SYSTEM, k.type, id, Precondition.ANY, true);
            }
        }
        usernames.forEach(digest::unsubscribe);
        quota.forget(organisation);
    }
}
