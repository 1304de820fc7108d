package eu.innco.checkup;

import eu.innco.InncoException;
import eu.innco.concurrent.Latches;
import eu.innco.repository.ContentRepository;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jackrabbit.oak.spi.state.NodeBuilder;

/**
 * Saves participants' answers that arrive together in one Oak commit and one flush. A request
 * queues its answer and waits for its own outcome; one thread (the committer) takes every answer
 * queued so far, writes them in one node-store commit and hands the commit to another (the
 * flusher), which waits until it is on disk and only then tells each request its outcome. The
 * answers that queue while a flush runs are committed meanwhile and share the next flush. Nobody is
 * told "saved" before the commit holding their answer is on disk. One answer's refusal (closed,
 * replayed) is that answer's alone; a failure of the commit or of its flush is every answer's in it.
 *
 * <p>Why threads of their own rather than the requests taking turns (as before): with 200
 * requests at once, every request passed through the writer's lock and then the flush's lock one
 * after another just to learn that another had written it, each hand-off waiting for the scheduler
 * on two cores; most of a burst's latency was those queues, not the writing (docs/benchmarks.md).
 */
final class AnswerBatches {
    /** Bounds one commit, so that a flood is written in steps rather than as one huge change. */
    static final int MAX_BATCH = 400;

    /** One answer waiting to be written; its outcome is set once it is durable or refused. */
    static final class Pending {
        final String checkupId;
        final String tokenHash;
        final long basedOn;
        final String locale;
        final Map<String, Integer> answers;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Object outcome; // a Response, or the RuntimeException refusing it

        Pending(String checkupId, String tokenHash, long basedOn, String locale, Map<String, Integer> answers) {
            this.checkupId = checkupId;
            this.tokenHash = tokenHash;
            this.basedOn = basedOn;
            this.locale = locale;
            this.answers = answers;
        }

        void finish(Object o) {
            outcome = o;
            done.countDown();
        }

        Object await() {
            Latches.awaitUninterruptibly(done); // the answer is being written: its outcome is still this request's to tell
            return outcome;
        }
    }

    /** Writes one answer into the tree that holds the others of its batch; throws the answer's own refusal. */
    interface Writer {
        Response write(NodeBuilder root, Pending p);
    }

    /** A commit's answers with their outcomes, waiting for its flush. */
    private record Committed(List<Pending> batch, Map<Pending, Object> outcomes, ContentRepository.Saved<Void> saved) {}

    private final ContentRepository repository;
    private final Writer writer;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Committed> committed = new ConcurrentLinkedQueue<>();
    /** Held by the committer while it writes a batch; tests hold it to gather a batch deterministically. */
    final ReentrantLock writing = new ReentrantLock();
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();
    private final Drainer committer;
    private final Drainer flusher;

    AnswerBatches(ContentRepository repository, Writer writer) {
        this.repository = repository;
        this.writer = writer;
        ExecutorService threads = Executors.newCachedThreadPool(r -> { // idle threads end after a minute
            Thread t = new Thread(r, "innco-checkup-answers");
            t.setDaemon(true);
            return t;
        });
        this.committer = new Drainer(this::commitQueued, () -> !queue.isEmpty(), threads);
        this.flusher = new Drainer(this::flushCommitted, () -> !committed.isEmpty(), threads);
    }

    /** Saves {@code p} with whatever else is queued; returns once it is durable, or throws its refusal. */
    Response save(Pending p) {
        queue.add(p);
        committer.kick();
        // a refusal waits for the flush too: "already sent" may rest on a copy saved in the same commit
        Object o = p.await();
        if (o instanceof RuntimeException e) throw e;
        return (Response) o;
    }

    /** Commits written so far (each holding one or more answers). */
    long commits() {
        return commits.get();
    }

    /** Answers waiting for the committer. */
    int queued() {
        return queue.size();
    }

    /** The committer: writes what is queued, a batch per commit, and passes each commit on to the flusher. */
    private void commitQueued() {
        while (true) {
            List<Pending> batch = new ArrayList<>();
            Map<Pending, Object> outcomes = new IdentityHashMap<>();
            ContentRepository.Saved<Void> saved;
            writing.lock();
            try {
                for (Pending next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) batch.add(next);
                if (batch.isEmpty()) return;
                saved = commit(batch, outcomes);
            } catch (RuntimeException | Error failed) {
                // every answer taken must get an outcome, or its request would wait for ever; the committer goes on
                // with what is queued (an Error thrown from here would end its thread and strand those answers)
                RuntimeException told = failed instanceof RuntimeException r ? r : new IllegalStateException("saving answers failed", failed);
                for (Pending q : batch) q.finish(told);
                continue;
            } finally {
                writing.unlock();
            }
            committed.add(new Committed(batch, outcomes, saved));
            flusher.kick();
        }
    }

    private ContentRepository.Saved<Void> commit(List<Pending> batch, Map<Pending, Object> outcomes) {
        // below JCR (ContentRepository.saveNodes): a session's login and commit hooks were most of an answer's CPU
        ContentRepository.Saved<Void> saved = repository.saveNodes(root -> {
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
        return saved;
    }

    /**
     * The flusher: waits until each commit handed over is on disk, then tells its answers. The first
     * wait flushes every commit made so far, so the ones queued behind it are told without another.
     */
    private void flushCommitted() {
        for (Committed c; (c = committed.poll()) != null; ) {
            RuntimeException failed = null;
            try {
                repository.awaitDurable(c.saved());
            } catch (RuntimeException | Error e) { // not on disk: none of its answers may be confirmed
                failed = e instanceof RuntimeException r ? r : new IllegalStateException("flushing answers failed", e);
            }
            for (Pending q : c.batch()) q.finish(failed != null ? failed : c.outcomes().get(q));
        }
    }
}
