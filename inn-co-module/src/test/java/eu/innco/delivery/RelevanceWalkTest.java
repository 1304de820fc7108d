package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.innco.content.ItemValues;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walk from the words' best postings ({@link ImpactWalk}) and the one-segment hits
 * ({@link OneSegmentHits}) give Lucene's page, total and ETags: on a merged index of one segment
 * with deleted documents, and on an index whose first segment lacks a searched word; in English
 * and French; with frequencies from 1 to 90 (a word with more frequency groups than the walk
 * orders, so its searches are scored hit by hit), many equal scores, filters that keep few of a
 * word's documents (walks given up), and repeated searches (the kept postings read again).
 */
class RelevanceWalkTest {
    static final String[] EN = {"kitchen", "cooperative", "garden", "energy", "network", "care"};
    static final String[] FR = {"cuisine", "coopérative", "jardin", "énergie", "réseau", "soin"};
    static final String[] CITIES = {"Lyon", "Athens", "Turin"};
    static DeliveryIndex merged;
    static DeliveryIndex missing;

    @BeforeAll
    static void build() {
        ItemProjection p = new ItemProjection(NodeRendererTest.R);
        EndpointDefinition events = DeliveryQueryParserTest.EVENTS;
        Random random = new Random(1919);
        merged = DeliveryIndex.open(null, DeliveryQueryParserTest.ANALYZERS);
        for (int i = 0; i < 300; i++) merged.add(p.documents(events, event(i, random, 6, 5), Targets.NONE));
        merged.commit("test");
        merged.optimise();
        merged.show();
        for (int i = 0; i < 300; i += 7) merged.replace(events.name(), event(i, random, 6, 5).id(), List.of()); // deleted, no new segment
        missing = DeliveryIndex.open(null, DeliveryQueryParserTest.ANALYZERS);
        for (int i = 0; i < 150; i++) missing.add(p.documents(events, event(i, random, 5, 90), Targets.NONE)); // no "care" / "soin"
        missing.commit("test");
        for (int i = 150; i < 300; i++) missing.add(p.documents(events, event(i, random, 6, 3), Targets.NONE));
        missing.commit("test");
        for (int i = 0; i < 300; i += 11) missing.replace(events.name(), event(i, random, 6, 3).id(), p.documents(events, event(i, random, 6, 3),
                Targets.NONE));
    }

    /** Titles in English and French: every fifth the same two words (equal scores); the others of the first {@code words}, each 1 to {@code repeat} times. */
    static RenderInput event(int i, Random random, int words, int repeat) {
        StringBuilder en = new StringBuilder(i % 5 == 0 ? "kitchen cooperative" : "");
        StringBuilder fr = new StringBuilder(i % 5 == 0 ? "cuisine coopérative" : "");
        for (int n = i % 5 == 0 ? 0 : 1 + random.nextInt(4); n > 0; n--) {
            int w = random.nextInt(words);
            for (int r = 1 + random.nextInt(repeat); r > 0; r--) {
                en.append(' ').append(EN[w]);
                fr.append(' ').append(FR[w]);
            }
        }
        Map<String, Object> title = new LinkedHashMap<>(Map.of("en", en.toString().trim(), "fr", fr.toString().trim()));
        ItemValues v = new ItemValues();
        v.put("title", title);
        v.put("city", CITIES[i % CITIES.length]);
        v.put("participantsCount", (long) (i % 40));
        Instant start = Instant.parse("2024-05-0" + (1 + i % 9) + "T09:00:00Z");
        v.put("startDate", start);
        String name = "walk-" + i;
        return new RenderInput(java.util.UUID.nameUUIDFromBytes(name.getBytes()).toString(), DeliveryQueryParserTest.EVENTS.type(), name,
                "/events/" + name, v, List.of("en", "fr"), start, start, start, 1);
    }

    @AfterAll
    static void close() {
        merged.close();
        missing.close();
    }

    @Test
    void one_segment_with_deleted_documents() {
        assertEquals(1, leaves(merged), "a merged index");
        IndexSearcher s = merged.acquire();
        try {
            assertTrue(s.getIndexReader().numDeletedDocs() > 0, "deleted documents: " + s.getIndexReader().numDeletedDocs());
        } finally {
            merged.release(s);
        }
        long walked = RelevanceTop.WALKED.sum();
        List<String> en = List.of("cooperative", "kitchen cooperative", "garden energy network", "care kitchen", "cooperative&city=Lyon",
                "kitchen&participantsCount[gt]=38", "energy&city[in]=Lyon|Turin", "kitchen cooperative");
        List<String> fr = List.of("coopérative", "cuisine coopérative", "jardin énergie réseau", "soin&city=Athens", "cuisine");
        int enCompared = RelevanceTopTest.compare(merged, "en", en);
        assertTrue(enCompared > 100, "compared: " + enCompared);
        int frCompared = RelevanceTopTest.compare(merged, "fr", fr);
        assertTrue(frCompared > 50, "compared: " + frCompared);
        assertTrue(RelevanceTop.WALKED.sum() > walked, "some pages were found by the walk");
    }

    @Test
    void a_word_missing_from_a_segment_and_frequencies_beyond_the_walks_groups() {
        assertTrue(leaves(missing) > 1, "several segments");
        long gaveUp = RelevanceTop.GAVE_UP.sum();
        List<String> en = List.of("care", "care cooperative", "kitchen cooperative", "garden", "network energy", "care&city=Turin",
                "cooperative&participantsCount[gt]=38&city=Athens", "garden&participantsCount[lt]=2");
        List<String> fr = List.of("soin", "soin coopérative", "jardin", "réseau énergie&city=Lyon");
        int enCompared = RelevanceTopTest.compare(missing, "en", en);
        assertTrue(enCompared > 100, "compared: " + enCompared);
        int frCompared = RelevanceTopTest.compare(missing, "fr", fr);
        assertTrue(frCompared > 50, "compared: " + frCompared);
        assertTrue(RelevanceTop.GAVE_UP.sum() > gaveUp, "some walks were given up for the scan of every hit");
    }

    @Test
    void kept_postings_hold_only_words_a_segment_has_and_are_bounded() {
        RelevanceTopTest.compare(missing, "en", List.of("nothingatall", "care"));
        assertTrue(WordPostings.total() > 0);
        assertTrue(WordPostings.total() <= WordPostings.MAX_POSTINGS);
        assertEquals(0, WordPostings.advance(new int[] {3, 5, 9}, 0, 2));
        assertEquals(2, WordPostings.advance(new int[] {3, 5, 9}, 1, 6));
        assertEquals(3, WordPostings.advance(new int[] {3, 5, 9}, 0, 10));
        int[] many = new int[100];
        for (int i = 0; i < many.length; i++) many[i] = 2 * i;
        assertEquals(61, WordPostings.advance(many, 3, 121));
        assertEquals(60, WordPostings.advance(many, 3, 120));
    }

    static int leaves(DeliveryIndex index) {
        IndexSearcher s = index.acquire();
        try {
            return s.getIndexReader().leaves().size();
        } finally {
            index.release(s);
        }
    }
}
