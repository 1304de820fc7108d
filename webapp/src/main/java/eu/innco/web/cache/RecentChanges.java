package eu.innco.web.cache;

import eu.innco.delivery.IndexChange;
import java.util.ArrayDeque;

/**
 * The last index changes a cache heard of, so that a value made while one happened is not kept when
 * that change affects it: the change removed the cached entries it affected before the value was
 * ready, and would otherwise leave the stale value behind. A value begun before the oldest change
 * still remembered is never kept. Guarded by the cache's lock.
 */
final class RecentChanges {
    private final int size;
    private final ArrayDeque<IndexChange> recent = new ArrayDeque<>();
    private long forgotten = Long.MIN_VALUE;

    RecentChanges(int size) {
        this.size = size;
    }

    void add(IndexChange c) {
        recent.addLast(c);
        if (recent.size() > size) forgotten = recent.removeFirst().generation();
    }

    /** True when no change after generation {@code since} (when the value was begun) affects {@code d}. */
    boolean untouched(long since, Dependencies d) {
        if (since < forgotten) return false;
        for (var it = recent.descendingIterator(); it.hasNext(); ) { // newest first: stop at the first one already seen
            IndexChange c = it.next();
            if (c.generation() <= since) return true;
            if (d.affectedBy(c)) return false;
        }
        return true;
    }
}
