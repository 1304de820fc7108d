package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.TestModule;
import eu.innco.content.ContentItem;
import eu.innco.security.Actor;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-node look-up without a query finds, for every key, locale and endpoint, the document
 * the three-clause query found before it (the reference below), including after re-publications
 * left deleted documents in the segments, and nothing where the query found nothing.
 */
class KeyLookupTest {
    TestModule m;
    DeliveryService delivery;
    @TempDir
    Path home;

    @BeforeEach
    void start() {
        m = TestModule.memory();
        DeliveryService d = DeliveryService.start(m.repository, m.types, m.locales, EndpointLoader.load(TestModule.lightModules(), m.types),
                m.reader, home.resolve("index"));
        m.events.subscribe(new eu.innco.publishing.PublicationListener.Batched() {
            @Override public void published(eu.innco.publishing.PublicationEvent e) { d.published(e); }
            @Override public void publishedAll(List<eu.innco.publishing.PublicationEvent> es) { d.publishedAll(es); }
        });
        delivery = d;
    }

    @AfterEach
    void stop() {
        delivery.close();
        m.close();
    }

    private ContentItem org(String name, String city) throws Exception {
        ContentItem o = m.content.create(Actor.SYSTEM, "organisation", DeliveryIndexTest.json("{'properties': {'name': '" + name
                + "', 'country': 'FR', 'city': '" + city + "', 'description': {'en': '<p>" + name + "</p>'}}}"));
        m.publication.publish(Actor.SYSTEM, "organisation", o.id(), List.of("en"), null, false);
        return o;
    }
    private static final List<String> LOCALES = List.of("en", "fr", "de", "all", "fr~", "de~");

    @Test
    void finds_what_the_query_found_for_every_key_locale_and_endpoint() throws Exception {
        ContentItem a = org("Lookup Alpha", "Lyon");
        ContentItem b = org("Lookup Beta", "Gent");
        ContentItem study = m.content.create(Actor.SYSTEM, "caseStudy", DeliveryIndexTest.json("{'properties': {'title': {'en': 'Study', 'fr': 'Étude'}, 'organisations': ['"
                + a.id() + "']}}"));
        m.publication.publish(Actor.SYSTEM, "caseStudy", study.id(), List.of("en", "fr"), null, false);
        m.publication.publish(Actor.SYSTEM, "organisation", a.id(), List.of("en"), null, false); // re-renders the study: deleted documents
        int found = 0;
        IndexSearcher s = delivery.index().acquire();
        try {
            for (String endpoint : List.of("organisations", "caseStudies")) {
                for (ContentItem item : List.of(a, b, study)) {
                    for (String locale : LOCALES) {
                        found += same(s, endpoint, locale, IndexFields.PATH, "/" + item.name());
                        found += same(s, endpoint, locale, IndexFields.ID, item.id());
                    }
                }
                assertNull(KeyLookup.find(s, endpoint, "en", IndexFields.PATH, "/no-such-item"));
            }
        } finally {
            delivery.index().release(s);
        }
        // organisations a and b, the study: en and all (a study in fr too), by path and by id; fallbacks and other-language documents besides
        assertTrue(found >= 14, "found " + found);
    }

    private static int same(IndexSearcher s, String endpoint, String locale, String field, String key) throws Exception {
        AnswerValue expected = byQuery(s, endpoint, locale, field, key);
        AnswerValue actual = KeyLookup.find(s, endpoint, locale, field, key);
        String what = endpoint + " " + locale + " " + field + "=" + key;
        if (expected == null) {
            assertNull(actual, what);
            return 0;
        }
        assertArrayEquals(expected.json(), actual.json(), what);
        assertEquals(expected.etag(), actual.etag(), what);
        assertEquals(expected.from(), actual.from(), what);
        assertEquals(expected.item(), actual.item(), what);
        return 1;
    }

    /** The look-up as it was: key, endpoint and locale as filter clauses, the top hit's answer. */
    private static AnswerValue byQuery(IndexSearcher s, String endpoint, String locale, String field, String key) throws Exception {
        TopDocs top = s.search(new BooleanQuery.Builder().add(new TermQuery(new Term(field, key)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.ENDPOINT, endpoint)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.LOCALE, locale)), Occur.FILTER).build(), 1);
        if (top.scoreDocs.length == 0) return null;
        return DocValueReads.read(s, top.scoreDocs, 0, IndexFields.ANSWER, AnswerValue::decode, IndexFields.ANSWER_STORED).get(0);
    }
}
