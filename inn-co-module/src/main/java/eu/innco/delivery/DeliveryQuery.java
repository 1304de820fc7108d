package eu.innco.delivery;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/**
 * A parsed delivery query: what matches (filters and text, never client syntax), in which order, which page;
 * {@code words}: the analysed terms of a full-text search, each a required clause of {@code filter} (empty without one).
 */
public record DeliveryQuery(Query filter, Sort sort, int offset, int limit, boolean geoJson, String endpoint, List<Term> words) {
    public DeliveryQuery {
        words = List.copyOf(words);
    }

    public DeliveryQuery(Query filter, Sort sort, int offset, int limit, boolean geoJson, String endpoint) {
        this(filter, sort, offset, limit, geoJson, endpoint, List.of());
    }
}
