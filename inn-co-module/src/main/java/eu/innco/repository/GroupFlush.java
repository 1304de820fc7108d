package eu.innco.repository;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for a store whose commits reach the disk only when it is flushed (the segment
 * store): every writer waits, before it answers, until a flush that began after its commit has
 * finished. One flush at a time; the writers that commit while it runs wait for it and then share
 * the next one, so with many concurrent writers a flush (two fsyncs) carries the commits of those
 * few milliseconds together instead of one each.
 */
final class GroupFlush {
    private final Runnable flush;
    private final ReentrantLock flushing = new ReentrantLock();
    /** How many commits were saved so far: a writer's number is its position in this count. */
    private final AtomicLong saved = new AtomicLong();
    /** Every commit numbered up to this one is on disk. */
    private volatile long durable;

    GroupFlush(Runnable flush) {
        this.flush = flush;
    }

    /**
     * Called right after a session was saved (even one that changed nothing: its answer may rest on
     * others' commits that it read): the number that {@link #awaitDurable} waits for.
     */
    long saved() {
        return saved.incrementAndGet();
    }

    /**
     * Returns once commit {@code number} is on disk, flushing if no finished flush covers it. A flush
     * covers every number handed out before it began, because each number is taken after its save.
     * When the flush fails, the caller gets the exception and must not acknowledge its write; the
     * writers behind it try their own flush.
     */
    void awaitDurable(long number) {
        if (durable >= number) return;
        flushing.lock();
        try {
            if (durable >= number) return; // the flush this writer queued behind carried its commit
            long upTo = saved.get();
            flush.run();
            durable = upTo;
        } finally {
            flushing.unlock();
        }
    }
}
