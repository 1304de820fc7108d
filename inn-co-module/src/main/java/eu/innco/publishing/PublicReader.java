package eu.innco.publishing;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The only way the public side (delivery API, portal, feeds, search) reads content: published
 * snapshots, never working copies. There is no method that could return a draft.
 */
public interface PublicReader {
    Optional<PublishedItem> byId(String type, String id);

    Optional<PublishedItem> byName(String type, String name);

    /** Every published item of a type, in name order. */
    List<PublishedItem> all(String type);

    /** Streams every published item of every type (for rebuilding the delivery index). */
    void forEach(Consumer<PublishedItem> consumer);

    /** Ids of published items that refer to the given item. */
    List<String> referrers(String id);
}
