package eu.innco.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The tokens of one text, analysed ahead (on any thread) and replayed to the index writer: a
 * publication analyses its documents' texts on every core instead of inside the writer's one call
 * (issue 18, third pass). The analyser's own stream is consumed and closed where it was made (an
 * analyser reuses its streams per thread); the writer reads copies of its attributes.
 */
final class CapturedTokens extends TokenStream {
    private final List<State> tokens;
    private final State end;
    private int next;

    private CapturedTokens(TokenStream source, List<State> tokens, State end) {
        super(source.cloneAttributes());
        this.tokens = tokens;
        this.end = end;
    }

    /** Analyses {@code text} as the writer would for {@code field}, now, on this thread. */
    static CapturedTokens of(Analyzer analyzer, String field, String text) {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            List<State> tokens = new ArrayList<>();
            ts.reset();
            while (ts.incrementToken()) tokens.add(ts.captureState());
            ts.end();
            return new CapturedTokens(ts, tokens, ts.captureState());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string never fails to read
        }
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) return false;
        clearAttributes();
        restoreState(tokens.get(next++));
        return true;
    }

    @Override
    public void end() {
        restoreState(end);
    }

    @Override
    public void reset() {
        next = 0;
    }
}
