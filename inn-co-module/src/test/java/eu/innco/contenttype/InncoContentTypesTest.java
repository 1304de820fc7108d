package eu.innco.contenttype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.contenttype.field.Option;
import eu.innco.contenttype.field.ReferenceField;
import eu.innco.i18n.SiteDefinitionLoader;
import eu.innco.site.SiteLocales;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The INN-CO content types load, and every taxonomy speaks every site language. */
class InncoContentTypesTest {
    /** The site's locales: a locale added to the site definition needs its taxonomy labels. */
    static final SiteLocales SITE = SiteDefinitionLoader.load(TestModule.lightModules());
    static final Set<String> TYPES = Set.of("organisation", "caseStudy", "workshopMaterial", "guide",
            "successCondition", "technique", "event", "campaign", "asset", "checkupStatement");
    static ContentTypeRegistry registry;

    @BeforeAll
    static void load() {
        registry = ContentTypeLoader.load(TestModule.lightModules());
    }

    @Test
    void the_nine_types_exist_with_plural_workspaces_and_innco_node_types() {
        Set<String> names = new TreeSet<>();
        registry.all().forEach(t -> names.add(t.name()));
        assertTrue(names.containsAll(TYPES), "missing types: " + names);
        for (String name : TYPES) {
            ContentTypeDefinition t = registry.require(name);
            assertEquals("innco:" + name, t.nodeType(), name);
            assertTrue(t.workspace().endsWith("s") && Character.isLowerCase(t.workspace().charAt(0)), t.workspace());
        }
    }

    @Test
    void every_option_has_a_label_in_every_site_locale() {
        List<String> missing = new ArrayList<>();
        int options = 0;
        for (ContentTypeDefinition t : registry.all()) {
            List<PropertyDefinition> all = new ArrayList<>(t.properties());
            t.subModels().values().forEach(sm -> all.addAll(sm.properties()));
            for (PropertyDefinition p : all) {
                if (p.isSubModel()) continue;
                for (Option o : p.rules().options()) {
                    options++;
                    for (String locale : SITE.locales()) {
                        String label = o.labels().get(locale);
                        if (label == null || label.isBlank()) missing.add(t.name() + "." + p.name() + "=" + o.value() + " [" + locale + "]");
                    }
                }
            }
        }
        assertTrue(options > 100, "expected the taxonomies, found " + options + " options");
        assertEquals(List.of(), missing);
    }

    @Test
    void labels_in_other_locales_are_translations_not_english_copies() {
        // country names are proper names, often spelt alike; these two words are simply French too
        Set<String> same = Set.of("Association", "Construction");
        List<String> copies = new ArrayList<>();
        for (ContentTypeDefinition t : registry.all()) {
            for (PropertyDefinition p : t.properties()) {
                if (p.isSubModel() || p.name().equals("country")) continue;
                for (Option o : p.rules().options()) {
                    String en = o.labels().get(SITE.defaultLocale());
                    for (String locale : SITE.nonDefaultLocales()) {
                        if (en != null && en.equals(o.labels().get(locale)) && !same.contains(en)) {
                            copies.add(t.name() + "." + p.name() + "=" + o.value() + " [" + locale + "] " + en);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), copies);
    }

    @Test
    void the_model_links_conditions_techniques_events_and_organisations() {
        assertEquals("successCondition", target("caseStudy", "conditions"));
        assertEquals("technique", target("caseStudy", "techniques"));
        assertEquals("event", target("caseStudy", "seminar"));
        assertEquals("technique", target("successCondition", "techniques"));
        assertEquals("successCondition", target("technique", "conditions"));
        assertEquals("event", target("organisation", "visitedDuring"));
        assertEquals("organisation", target("event", "organisationsVisited"));
        assertEquals("guide", target("campaign", "promotedGuide"));
        ContentTypeDefinition guide = registry.require("guide");
        PropertyDefinition chapters = guide.property("chapters").orElseThrow();
        assertTrue(chapters.isSubModel() && chapters.multiple());
        assertTrue(chapters.subModel().property("body").orElseThrow().i18n());
    }

    private static String target(String type, String property) {
        PropertyDefinition p = registry.require(type).property(property).orElseThrow();
        return ((ReferenceField) p.fieldType()).targetType();
    }
}
