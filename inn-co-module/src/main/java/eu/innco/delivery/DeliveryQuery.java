package eu.innco.delivery;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;

/** A parsed delivery query: what matches (filters and text, never client syntax), in which order, which page. */
public record DeliveryQuery(Query filter, Sort sort, int offset, int limit, boolean geoJson, String endpoint) {}
