package eu.innco.checkup;

import eu.innco.InncoException;
import eu.innco.repository.ContentRepository;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;

/**
 * Saves participants' answers that arrive together in one Oak commit. Each save joins a queue;
 * whichever waiting request holds the lock takes every answer queued so far, writes them in one
 * node-store commit and hands each request its own outcome; each request then waits, outside the
 * lock, until that commit is flushed (the one write path's two halves). The requests that queued
 * meanwhile share the next commit, made while the flush runs. A burst of 200 answers thus
 * costs a handful of commits instead of 200 in a row, and nobody is told "saved" before the commit
 * that holds their answers is on disk. One answer's refusal (closed, replayed) is that answer's
 * alone; a failure of the commit itself (a full disk, a broken store) is every answer's in it.
 */
final class AnswerBatches {
    /** Bounds one commit, so that a flood is written in steps rather than as one huge change. */
    static final int MAX_BATCH = 400;

    /** One answer waiting to be written; {@code outcome} is set by the writer that took it. */
    static final class Pending {
        final String checkupId;
        final String tokenHash;
        final long basedOn;
        final String locale;
        final Map<String, Integer> answers;
        private volatile Object outcome; // a Response, or the RuntimeException refusing it
        private volatile ContentRepository.Saved<?> commit; // the commit that holds it, when saved

        Pending(String checkupId, String tokenHash, long basedOn, String locale, Map<String, Integer> answers) {
            this.checkupId = checkupId;
            this.tokenHash = tokenHash;
            this.basedOn = basedOn;
            this.locale = locale;
            this.answers = answers;
        }
    }

    /** Writes one answer into the tree that holds the others of its batch; throws the answer's own refusal. */
    interface Writer {
        Response write(NodeBuilder root, Pending p);
    }

    private final ContentRepository repository;
    private final Writer writer;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    /** Held by the request writing a batch; tests hold it to gather a batch deterministically. */
    final ReentrantLock writing = new ReentrantLock();
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    AnswerBatches(ContentRepository repository, Writer writer) {
        this.repository = repository;
        this.writer = writer;
    }

    /** Saves {@code p} with whatever else is queued; returns once it is durable, or throws its refusal. */
    Response save(Pending p) {
        queue.add(p);
        writing.lock();
        try {
            // the writer before us may have carried our answer already; a batch past MAX_BATCH leaves it for the next round
            while (p.outcome == null) writeQueued();
        } finally {
            writing.unlock();
        }
        // outside the lock: the next batch commits while this one's flush runs, and the flushes are shared.
        // A refusal waits too: "already sent" may rest on a copy saved in the same commit.
        if (p.commit != null) repository.awaitDurable(p.commit);
        Object o = p.outcome;
        if (o instanceof RuntimeException e) throw e;
        return (Response) o;
    }

    /** Commits written so far (each holding one or more answers). */
    long commits() {
        return commits.get();
    }

    /** Answers waiting for a writer. */
    int queued() {
        return queue.size();
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) batch.add(next);
        Map<Pending, Object> outcomes = new IdentityHashMap<>();
        ContentRepository.Saved<Void> saved;
        try {
            // below JCR (ContentRepository.saveNodes): a session's login and commit hooks were most of an answer's CPU
            saved = repository.saveNodes(root -> {
                outcomes.clear(); // a conflict runs this again on fresh state: every outcome is worked out anew
                for (Pending q : batch) {
                    try {
                        outcomes.put(q, writer.write(root, q));
                    } catch (InncoException refused) {
                        outcomes.put(q, refused);
                    }
                }
                return null;
            });
            commits.incrementAndGet();
        } catch (RuntimeException | Error failed) {
            // every answer taken must get an outcome, or its request would wait for a writer that never comes
            RuntimeException told = failed instanceof RuntimeException r ? r : new IllegalStateException("saving answers failed", failed);
            for (Pending q : batch) q.outcome = told;
            if (failed instanceof Error e) throw e;
            return;
        }
        for (Pending q : batch) {
            q.commit = saved;
            q.outcome = outcomes.get(q);
        }
    }
}
