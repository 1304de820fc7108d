package eu.innco.i18n.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.InncoException;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.content.Precondition;
import eu.innco.security.Actor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Localised slugs: found in their locale, found from another locale with a redirect, unique per type and locale. */
class SlugResolverTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestModule module;
    static SlugResolver slugs;
    static ContentItem kitchen;

    @BeforeAll
    static void start() throws Exception {
        module = TestModule.memory();
        slugs = module.module.languages(eu.innco.i18n.messages.Messages.load(TestModule.lightModules(), module.locales)).slugs;
        kitchen = create("{'name': 'kitchen', 'properties': {'title': {'en': 'Shared kitchen', 'pl': 'Wspólna kuchnia', 'fr': 'Cuisine partagée'},"
                + " 'slug': {'en': 'shared-kitchen', 'pl': 'wspolna-kuchnia', 'fr': 'cuisine-partagee'}}}");
        module.publication.publish(Actor.SYSTEM, "caseStudy", kitchen.id(), List.of("en", "pl"), null, false);
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static ContentItem create(String body) throws Exception {
        return module.content.create(Actor.SYSTEM, "caseStudy", JSON.readTree(body.replace('\'', '"')));
    }

    @Test
    void a_slug_finds_its_item_in_its_own_locale_without_a_redirect() {
        SlugMatch m = slugs.published("caseStudy", "pl", "wspolna-kuchnia").orElseThrow();
        assertEquals(kitchen.id(), m.id());
        assertEquals("pl", m.slugLocale());
        assertFalse(m.redirect());
    }

    @Test
    void a_slug_of_another_locale_redirects_to_the_slug_of_the_requested_one() {
        SlugMatch m = slugs.published("caseStudy", "pl", "shared-kitchen").orElseThrow();
        assertEquals("en", m.slugLocale());
        assertEquals("wspolna-kuchnia", m.canonicalSlug());
        assertTrue(m.redirect());
    }

    @Test
    void a_locale_without_its_own_slug_uses_the_slug_along_its_fallback_chain() {
        SlugMatch de = slugs.published("caseStudy", "de", "shared-kitchen").orElseThrow();
        assertFalse(de.redirect(), "German readers see the English page, under its English slug");
        SlugMatch viaPolish = slugs.published("caseStudy", "de", "wspolna-kuchnia").orElseThrow();
        assertEquals("shared-kitchen", viaPolish.canonicalSlug());
        assertTrue(viaPolish.redirect());
    }

    @Test
    void the_public_side_sees_only_published_slugs_and_the_editor_sees_working_copies() {
        assertEquals(Optional.empty(), slugs.published("caseStudy", "fr", "cuisine-partagee"), "French is not published");
        assertEquals("cuisine-partagee", slugs.working("caseStudy", "fr", "cuisine-partagee").orElseThrow().canonicalSlug());
    }

    @Test
    void the_node_name_finds_the_item_and_redirects_to_its_slug() {
        SlugMatch m = slugs.published("caseStudy", "en", "kitchen").orElseThrow();
        assertEquals(null, m.slugLocale());
        assertEquals("shared-kitchen", m.canonicalSlug());
        assertTrue(m.redirect());
        assertEquals(Optional.empty(), slugs.published("caseStudy", "en", "no-such-page"));
        assertEquals(Optional.empty(), slugs.published("event", "en", "shared-kitchen"), "slugs are per type");
    }

    @Test
    void a_slug_is_unique_per_type_and_locale_on_save() throws Exception {
        InncoException e = assertThrows(InncoException.class, () -> create("{'properties': {'title': {'pl': 'Inna kuchnia'},"
                + " 'slug': {'pl': 'wspolna-kuchnia'}}}"));
        assertEquals("INNCO-SLUG-001", e.code());
        assertEquals("properties.slug.pl", e.errors().get(0).path());
        ContentItem other = create("{'properties': {'title': {'en': 'Other kitchen'}, 'slug': {'fr': 'shared-kitchen'}}}");
        assertEquals("shared-kitchen", other.values().get("slug", "fr").orElseThrow(), "the same slug in another locale is allowed");
        ContentItem renamed = module.content.patch(Actor.SYSTEM, "caseStudy", kitchen.id(),
                JSON.readTree("{\"properties\": {\"title\": {\"it\": \"Cucina\"}}}"), Precondition.etag(kitchen.etag()));
        assertEquals("Cucina", renamed.values().get("title", "it").orElseThrow(), "saving an item keeps its own slugs");
    }
}
