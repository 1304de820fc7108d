package eu.innco.i18n.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One string that is at once one item's English slug, another's French slug, a third's node name and
 * a draft's Italian slug: the single query of the public side must rank its candidates as the
 * query per locale did (the page's locale first, then its chain, then the other locales, then the
 * node name), and never answer with what is not published.
 */
class PublishedSlugsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestModule module;
    static SlugResolver slugs;
    static ContentItem english;
    static ContentItem french;
    static ContentItem named;

    @BeforeAll
    static void start() throws Exception {
        module = TestModule.memory();
        slugs = module.module.languages(eu.innco.i18n.messages.Messages.load(TestModule.lightModules(), module.locales)).slugs;
        english = publish("{'name': 'zz-english', 'properties': {'title': {'en': 'Garden'}, 'slug': {'en': 'commons'}}}", "en");
        french = publish("{'name': 'aa-french', 'properties': {'title': {'fr': 'Jardin'}, 'slug': {'fr': 'commons'}}}", "fr");
        named = publish("{'name': 'commons', 'properties': {'title': {'en': 'Named', 'nl': 'Genoemd'}, 'slug': {'en': 'named', 'nl': 'genoemd'}}}", "en", "nl");
        module.content.create(Actor.SYSTEM, "caseStudy", JSON.readTree("{'properties': {'title': {'it': 'Bozza'}, 'slug': {'it': 'only-a-draft'}}}"
                .replace('\'', '"')));
    }

    @AfterAll
    static void stop() {
        module.close();
    }

    static ContentItem publish(String body, String... locales) throws Exception {
        ContentItem c = module.content.create(Actor.SYSTEM, "caseStudy", JSON.readTree(body.replace('\'', '"')));
        module.publication.publish(Actor.SYSTEM, "caseStudy", c.id(), List.of(locales), null, false);
        return c;
    }

    @Test
    void the_slug_of_the_pages_own_locale_wins_over_other_locales_and_node_names() {
        SlugMatch fr = slugs.published("caseStudy", "fr", "commons").orElseThrow();
        assertEquals(french.id(), fr.id());
        assertFalse(fr.redirect());
        SlugMatch en = slugs.published("caseStudy", "en", "commons").orElseThrow();
        assertEquals(english.id(), en.id(), "the English slug, though another item's path sorts first");
        assertFalse(en.redirect());
    }

    @Test
    void a_slug_along_the_chain_wins_over_another_locale_and_a_node_name() {
        SlugMatch de = slugs.published("caseStudy", "de", "commons").orElseThrow();
        assertEquals(english.id(), de.id(), "German falls back to English: its slug before the French one and the node name");
        assertEquals("en", de.slugLocale());
        SlugMatch nl = slugs.published("caseStudy", "nl", "commons").orElseThrow();
        assertEquals(french.id(), nl.id(), "Dutch falls back to French before English (the site's fallbacks)");
        assertEquals("fr", nl.slugLocale());
        SlugMatch pl = slugs.published("caseStudy", "pl", "named").orElseThrow();
        assertEquals(named.id(), pl.id());
        assertEquals("en", pl.slugLocale());
        SlugMatch byName = slugs.published("caseStudy", "nl", "zz-english").orElseThrow();
        assertEquals(english.id(), byName.id());
        assertEquals(null, byName.slugLocale());
        assertTrue(byName.redirect());
    }

    @Test
    void the_node_name_finds_its_item_when_no_slug_has_the_string() {
        SlugMatch m = slugs.published("caseStudy", "nl", "aa-french").orElseThrow();
        assertEquals(french.id(), m.id());
        assertEquals("commons", m.canonicalSlug(), "Dutch readers are sent to the French slug, the one language it has");
        assertEquals(named.id(), slugs.published("caseStudy", "nl", "genoemd").orElseThrow().id());
    }

    @Test
    void drafts_and_unpublished_locales_are_not_found() {
        assertEquals(Optional.empty(), slugs.published("caseStudy", "it", "only-a-draft"));
        assertEquals(Optional.empty(), slugs.published("caseStudy", "en", "genoemd-not"));
        assertEquals("only-a-draft", slugs.working("caseStudy", "it", "only-a-draft").orElseThrow().canonicalSlug());
    }
}
