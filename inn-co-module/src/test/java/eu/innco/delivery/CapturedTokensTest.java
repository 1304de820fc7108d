package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A publication's texts analysed ahead, on other threads (issue 18): the index sees exactly what the writer would have made. */
class CapturedTokensTest {
    private static final Analyzers ANALYZERS = new Analyzers(List.of("en", "fr", "nl", "de", "it", "pl", "el"), "en");
    private static final String TEXT = "Die Genossenschaften gründeten 2019 eine Bäckerei; the cooperatives were founding bakeries. "
            + "Spółdzielnie założyły piekarnię. Οι συνεταιρισμοί ίδρυσαν έναν φούρνο. Les coopératives ont fondé des boulangeries.";

    @Test
    void replayed_tokens_are_the_analysers_own_in_every_language() {
        for (String locale : List.of("en", "fr", "nl", "de", "it", "pl", "el", "all")) {
            String field = Analyzers.textField(locale);
            Analyzer a = ANALYZERS.perField();
            List<String> direct = tokens(a.tokenStream(field, TEXT));
            List<String> replayed = tokens(CapturedTokens.of(a, field, TEXT));
            assertTrue(direct.size() > 10, locale + ": " + direct);
            assertEquals(direct, replayed, locale);
        }
    }

    @Test
    void an_index_written_from_replayed_tokens_finds_stemmed_words_and_phrases() throws Exception {
        String field = Analyzers.textField("de");
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZERS.perField()))) {
            Document d = new Document();
            d.add(new StringField("id", "x", Field.Store.YES));
            d.add(new TextField(field, CapturedTokens.of(ANALYZERS.perField(), field, TEXT)));
            w.addDocument(d);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                String stem = tokens(ANALYZERS.perField().tokenStream(field, "Genossenschaft")).get(0).split("@")[0];
                assertEquals(1, s.count(new TermQuery(new Term(field, stem))), "the stemmed word is found");
                List<String> pair = tokens(ANALYZERS.perField().tokenStream(field, "gründeten 2019"));
                pair = pair.subList(0, pair.size() - 1); // not the end
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (String t : pair) phrase.add(new Term(field, t.split("@")[0]));
                assertEquals(1, s.count(phrase.build()), "positions survive the replay: " + pair);
            }
        }
    }

    @Test
    void spreading_keeps_the_order_and_reports_a_failure() {
        ProjectionSpread spread = ProjectionSpread.overCores(ANALYZERS.perField());
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < 50; i++) in.add(i);
        assertEquals(in.stream().map(i -> i * i).toList(), spread.map(in, i -> i * i));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> spread.map(in, i -> {
            if (i == 17) throw new IllegalStateException("seventeen");
            return i;
        }));
        assertEquals("seventeen", e.getMessage());
    }

    /** Each token as term@start-end+increment, then the end offset. */
    private static List<String> tokens(TokenStream ts) {
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + inc.getPositionIncrement());
            ts.end();
            out.add("end@" + offset.endOffset() + "+" + inc.getPositionIncrement());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
