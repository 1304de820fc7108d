package eu.innco.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.ErrorKind;
import eu.innco.FieldError;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.content.ValueChange;
import eu.innco.security.Actor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-locale publication, snapshots apart from drafts, references, versions and the audit trail. */
class PublicationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestModule m;
    static final List<PublicationEvent> heard = new ArrayList<>();

    @BeforeAll
    static void start() {
        m = TestModule.memory();
        m.events.subscribe(heard::add);
    }

    @AfterAll
    static void stop() {
        m.close();
    }

    static JsonNode json(String s) throws Exception {
        return JSON.readTree(s.replace('\'', '"'));
    }

    static ContentItem org(String name) throws Exception {
        return m.content.create(Actor.SYSTEM, "organisation", json("{'properties': {'name': '" + name + "', 'country': 'FR',"
                + " 'description': {'en': '<p>EN " + name + "</p>', 'fr': '<p>FR " + name + "</p>', 'pl': '<p>PL draft</p>'}}}"));
    }

    static ContentItem study(String title, String orgId) throws Exception {
        return m.content.create(Actor.SYSTEM, "caseStudy", json("{'properties': {'title': {'en': '" + title + "', 'fr': 'FR " + title
                + "'}, 'summary': {'en': 'Summary'}, 'organisations': ['" + orgId + "']}}"));
    }

    @Test
    void a_draft_is_never_public_and_a_published_locale_shows_the_values_of_its_publication() throws Exception {
        ContentItem o = org("Draft Only");
        assertTrue(m.reader.byId("organisation", o.id()).isEmpty(), "a draft-only item is not public");
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("fr"), "first", false);
        PublishedItem p = m.reader.byId("organisation", o.id()).orElseThrow();
        assertEquals(List.of("fr"), p.locales());
        assertEquals("<p>FR Draft Only</p>", p.values().get("description", "fr").orElseThrow());
        assertTrue(p.values().get("description", "en").isEmpty(), "en is not published");
        assertTrue(p.values().get("description", "pl").isEmpty(), "pl is a draft");
        ContentItem edited = m.content.patch(Actor.SYSTEM, "organisation", o.id(),
                json("{'properties': {'city': 'Lyon', 'description': {'fr': '<p>FR edited</p>'}}}"), Precondition.ANY);
        PublishedItem still = m.reader.byId("organisation", o.id()).orElseThrow();
        assertEquals("<p>FR Draft Only</p>", still.values().get("description", "fr").orElseThrow(), "editing changes nothing public");
        assertTrue(still.values().get("city").isEmpty());
        assertTrue(edited.locales().get("fr").modifiedSincePublished());
        assertNotNull(edited.locales().get("fr").published());
        assertEquals(null, edited.locales().get("en").published());
    }

    @Test
    void publishing_another_locale_keeps_the_published_values_of_the_others_and_takes_the_latest_shared_values() throws Exception {
        ContentItem o = org("Two Steps");
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("fr"), null, false);
        m.content.patch(Actor.SYSTEM, "organisation", o.id(), json("{'properties': {'city': 'Paris',"
                + " 'description': {'fr': '<p>FR unpublished edit</p>', 'en': '<p>EN new</p>'}}}"), Precondition.ANY);
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("en"), null, false);
        PublishedItem p = m.reader.byId("organisation", o.id()).orElseThrow();
        assertEquals(List.of("en", "fr"), p.locales());
        assertEquals("<p>EN new</p>", p.values().get("description", "en").orElseThrow());
        assertEquals("<p>FR Two Steps</p>", p.values().get("description", "fr").orElseThrow(), "fr stays as published");
        assertEquals("Paris", p.values().get("city").orElseThrow(), "shared values as of the latest publication");
        ContentItem wc = m.content.get(Actor.SYSTEM, "organisation", o.id());
        assertFalse(wc.locales().get("en").modifiedSincePublished());
        assertTrue(wc.locales().get("fr").modifiedSincePublished());
    }

    @Test
    void unpublishing_a_locale_withdraws_only_it_and_the_last_one_removes_the_item() throws Exception {
        ContentItem o = org("Withdrawn");
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("en", "fr"), null, false);
        m.publication.unpublish(Actor.SYSTEM, "organisation", o.id(), List.of("en"), false);
        PublishedItem p = m.reader.byId("organisation", o.id()).orElseThrow();
        assertEquals(List.of("fr"), p.locales());
        assertTrue(p.values().get("description", "en").isEmpty());
        m.publication.unpublish(Actor.SYSTEM, "organisation", o.id(), List.of(), false);
        assertTrue(m.reader.byId("organisation", o.id()).isEmpty());
        assertEquals(Boolean.FALSE, m.repository.read(s -> s.getNodeByIdentifier(o.id()).getProperty("mgnl:activationStatus").getBoolean()));
    }

    @Test
    void without_locales_every_complete_locale_is_published_and_a_locale_lacking_a_required_value_is_refused() throws Exception {
        ContentItem o = org("Ref Target");
        ContentItem s = study("Complete In Two", o.id());
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of(), null, false);
        List<PublishedItemState> r = m.publication.publish(Actor.SYSTEM, "caseStudy", s.id(), List.of(), null, false);
        assertEquals(List.of("en", "fr"), r.get(0).locales(), "title is required and filled in en and fr only");
        InncoException e = assertThrows(InncoException.class,
                () -> m.publication.publish(Actor.SYSTEM, "caseStudy", s.id(), List.of("pl", "xx"), null, false));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
        assertEquals(List.of("locales", "properties.title.pl"), e.errors().stream().map(FieldError::path).sorted().toList());
    }

    @Test
    void a_reference_to_an_unpublished_item_is_refused_unless_published_together() throws Exception {
        ContentItem o = org("Not Yet Public");
        ContentItem s = study("Refers", o.id());
        InncoException e = assertThrows(InncoException.class,
                () -> m.publication.publish(Actor.SYSTEM, "caseStudy", s.id(), List.of("fr"), null, false));
        assertEquals("properties.organisations.0", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains("not published in fr"), e.errors().toString());
        assertTrue(m.reader.byId("caseStudy", s.id()).isEmpty(), "nothing published");
        List<PublishedItemState> both = m.publication.publish(Actor.SYSTEM, "caseStudy", s.id(), List.of("fr"), null, true);
        assertEquals(2, both.size());
        assertTrue(m.reader.byId("organisation", o.id()).orElseThrow().isPublishedIn("fr"));
        InncoException still = assertThrows(InncoException.class,
                () -> m.publication.unpublish(Actor.SYSTEM, "organisation", o.id(), List.of("fr"), false));
        assertEquals(ErrorKind.CONFLICT, still.kind());
        assertTrue(still.errors().get(0).message().contains(s.id()), still.errors().toString());
        m.publication.unpublish(Actor.SYSTEM, "organisation", o.id(), List.of("fr"), true);
        assertTrue(m.reader.byId("organisation", o.id()).isEmpty());
    }

    @Test
    void deleting_unpublishes_first_and_refuses_while_published_items_refer_to_it() throws Exception {
        ContentItem o = org("To Delete");
        ContentItem s = study("Keeps It", o.id());
        m.publication.publish(Actor.SYSTEM, "caseStudy", s.id(), List.of("en"), null, true);
        InncoException e = assertThrows(InncoException.class,
                () -> m.content.delete(Actor.SYSTEM, "organisation", o.id(), Precondition.ANY, false));
        assertEquals(ErrorKind.CONFLICT, e.kind());
        assertTrue(m.reader.byId("organisation", o.id()).isPresent());
        heard.clear();
        m.content.delete(Actor.SYSTEM, "organisation", o.id(), Precondition.ANY, true);
        assertTrue(m.reader.byId("organisation", o.id()).isEmpty());
        assertEquals(PublicationEvent.Kind.UNPUBLISHED, heard.get(0).kind());
    }

    @Test
    void every_publication_makes_a_version_that_can_be_compared_and_restored() throws Exception {
        ContentItem o = org("Versioned");
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("en"), "launch", false);
        m.content.patch(Actor.SYSTEM, "organisation", o.id(), json("{'properties': {'city': 'Nice', 'description': {'en': null, 'de': '<p>DE</p>'}}}"),
                Precondition.ANY);
        VersionInfo manual = m.versions.save(Actor.SYSTEM, "organisation", o.id(), "before the big change");
        List<VersionInfo> list = m.versions.list(Actor.SYSTEM, "organisation", o.id());
        assertEquals(List.of(2L, 1L), list.stream().map(VersionInfo::number).toList());
        assertEquals("publish", list.get(1).action());
        assertEquals(List.of("en"), list.get(1).locales());
        assertEquals("launch", list.get(1).comment());
        assertEquals("manual", manual.action());
        List<ValueChange> diff = m.versions.compare(Actor.SYSTEM, "organisation", o.id(), 1, 2L);
        assertTrue(diff.contains(new ValueChange("city", null, ValueChange.Kind.ADDED)), diff.toString());
        assertTrue(diff.contains(new ValueChange("description", "en", ValueChange.Kind.REMOVED)), diff.toString());
        assertTrue(diff.contains(new ValueChange("description", "de", ValueChange.Kind.ADDED)), diff.toString());
        ContentItem restored = m.versions.restore(Actor.SYSTEM, "organisation", o.id(), 1, Precondition.ANY);
        assertEquals("<p>EN Versioned</p>", restored.values().get("description", "en").orElseThrow());
        assertTrue(restored.values().get("city").isEmpty());
        assertTrue(m.versions.compare(Actor.SYSTEM, "organisation", o.id(), 1, null).isEmpty(), "working copy equals version 1");
    }

    @Test
    void the_audit_log_records_each_action_with_user_locales_and_version() throws Exception {
        ContentItem o = org("Audited");
        m.publication.publish(new Actor("pia", java.util.Set.of(eu.innco.security.Role.PUBLISHER), "", java.util.Set.of(), false),
                "organisation", o.id(), List.of("fr"), null, false);
        m.publication.unpublish(Actor.SYSTEM, "organisation", o.id(), List.of("fr"), false);
        List<AuditEntry> entries = m.audit.query(AuditQuery.of(o.id(), null, null, null, null, 0, 10)).entries();
        assertEquals(List.of("unpublish", "publish", "create"), entries.stream().map(AuditEntry::action).toList());
        assertEquals("pia", entries.get(1).user());
        assertEquals(List.of("fr"), entries.get(1).locales());
        assertEquals(1L, entries.get(1).version());
        assertEquals(1, m.audit.query(AuditQuery.of(null, "pia", "publish", null, null, 0, 10)).total());
    }

    @Test
    void listeners_hear_each_publication_after_it_is_saved() throws Exception {
        ContentItem o = org("Heard");
        heard.clear();
        m.events.subscribe(e -> assertTrue(m.reader.byId(e.type(), e.id()).isPresent() || e.kind() == PublicationEvent.Kind.UNPUBLISHED,
                "the change is committed before listeners hear of it"));
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("en", "fr"), null, false);
        assertEquals(1, heard.size());
        assertEquals(List.of("en", "fr"), heard.get(0).locales());
        assertEquals("published", heard.get(0).eventName());
    }
}
