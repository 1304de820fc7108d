package eu.innco.delivery;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analyser of each locale's full-text field ({@code t.<locale>}): stemming and stop words of
 * the language; Polish with Stempel. A locale without its own analyser gets the standard one;
 * {@code lang=all} searches the default locale's text with its analyser.
 */
public final class Analyzers {
    private final Map<String, Analyzer> byLocale = new HashMap<>();
    private final Analyzer standard = new StandardAnalyzer();
    private final PerFieldAnalyzerWrapper perField;

    public Analyzers(java.util.List<String> locales, String defaultLocale) {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String l : locales) {
            Analyzer a = forLanguage(l.contains("-") ? l.substring(0, l.indexOf('-')) : l);
            byLocale.put(l, a);
            fields.put(textField(l), a);
        }
        String dflt = defaultLocale;
        fields.put(textField(NodeRenderer.ALL), byLocale.getOrDefault(dflt, standard));
        byLocale.put(NodeRenderer.ALL, byLocale.getOrDefault(dflt, standard));
        this.perField = new PerFieldAnalyzerWrapper(standard, fields);
    }

    /**
     * Made at its first use: building them all (the Polish stemmer's tables above all) was a tenth
     * of a start's main thread, and a start or a first request needs at most one or two of them.
     */
    private Analyzer forLanguage(String language) {
        return new LazyAnalyzer(() -> made(language));
    }

    private Analyzer made(String language) {
        return switch (language) {
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "nl" -> new DutchAnalyzer();
            case "de" -> new GermanAnalyzer();
            case "it" -> new ItalianAnalyzer();
            case "pl" -> new PolishAnalyzer();
            case "el" -> new GreekAnalyzer();
            default -> standard;
        };
    }

    public static String textField(String locale) {
        return "t." + locale;
    }

    public Analyzer forLocale(String locale) {
        return byLocale.getOrDefault(locale, standard);
    }

    /** For the index writer: each text field with its locale's analyser. */
    public Analyzer perField() { return perField; }
}
