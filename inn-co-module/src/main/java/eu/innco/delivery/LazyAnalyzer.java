package eu.innco.delivery;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * An analyser made the first time a field is analysed with it, then the same one for ever: what it
 * analyses is exactly what the wrapped analyser would (the start no longer builds the analysers of
 * the languages nobody has searched or written yet; see {@link Analyzers}).
 */
final class LazyAnalyzer extends DelegatingAnalyzerWrapper {
    private final Supplier<Analyzer> make;
    private volatile Analyzer made;

    LazyAnalyzer(Supplier<Analyzer> make) {
        super(PER_FIELD_REUSE_STRATEGY);
        this.make = make;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        Analyzer a = made;
        if (a != null) return a;
        synchronized (this) {
            if (made == null) made = make.get();
            return made;
        }
    }

    @Override
    public void close() {
        Analyzer a = made;
        if (a != null) a.close();
        super.close();
    }
}
