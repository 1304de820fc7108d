package eu.innco.repository;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.jcr.InvalidItemStateException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Oak repository behind the product, opened on the store that the configuration names. JCR
 * is an internal detail: Oak's own access control is open, and every permission is checked by
 * {@code eu.innco.security} before a session is used, whatever the door (API, editor, import).
 */
public final class ContentRepository implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ContentRepository.class);

    private final RepositoryConfig config;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final eu.innco.repository.space.DiskSpace space;
    private final LocalLeases localLeases = new LocalLeases();
    private final List<ExternalChanges> watches = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** What the repository runs on now; replaced when a fenced segment store is reopened, null while that fails. */
    private volatile Backend backend;
    /** Reads and writes hold it shared; a reopening holds it alone, so that no session spans two stores. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock turns = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private StoreRecovery recovery;

    private ContentRepository(RepositoryConfig config, Backend backend, eu.innco.repository.space.DiskSpace space) {
        this.config = config;
        this.space = space;
        this.backend = backend;
    }

    /** Opens the store and the JCR repository on it, and registers the product's node types. */
    public static ContentRepository start(RepositoryConfig config) {
        return start(config, config.store() == StoreKind.MEMORY ? eu.innco.repository.space.DiskSpace.unlimited()
                : eu.innco.repository.space.DiskSpace.of(config.home(), config.minFreeBytes()));
    }

    /** With the free space told by {@code space}: tests play a disk that fills up and empties. */
    static ContentRepository start(RepositoryConfig config, eu.innco.repository.space.DiskSpace space) {
        OpenedStore store = switch (config.store()) {
            case MEMORY -> new MemoryStore();
            case SEGMENT -> SegmentStore.open(config.segmentFolder(), space);
            case POSTGRES -> PostgresStore.open(config);
        };
        ContentRepository cr = new ContentRepository(config, Backend.on(store), space);
        try {
            cr.write(session -> { NodeTypes.registerBase(session); return null; });
        } catch (RuntimeException e) {
            cr.close();
            throw e;
        }
        if (config.store() == StoreKind.SEGMENT) cr.recovery = StoreRecovery.start(space, cr::reopen);
        return cr;
    }

    /**
     * Replaces a fenced segment store by a fresh one opened from disk; true when writes are accepted
     * again. Oak's segment writer cannot be used again after a failed write (see {@code
     * docs/decisions.md}), so the failed store is closed first: its writes are still refused by the
     * fence, so closing it adds nothing but the index of its open tar file. Only then is the fence
     * lifted and the folder opened as a start does (journal read back to its last head whose
     * segments are on disk): what was never flushed, and so never acknowledged, is gone.
     */
    boolean reopen() {
        if (!space.fenced()) return true;
        var alone = turns.writeLock();
        try {
            if (!alone.tryLock(30, java.util.concurrent.TimeUnit.SECONDS)) return false; // a long read: next round
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (closed.get() || !space.fenced()) return !closed.get();
            Backend failed = backend;
            backend = null;
            if (failed != null) failed.close();
            space.lift();
            try {
                backend = Backend.on(SegmentStore.open(config.segmentFolder(), space));
                return true;
            } catch (RuntimeException e) {
                space.fence("reopening the repository failed: " + e.getMessage());
                return false;
            }
        } finally {
            alone.unlock();
        }
    }

    public StoreKind kind() { return config.store(); }

    public RepositoryConfig config() { return config; }

    /** Runs read-only work in a fresh session. */
    public <T> T read(SessionWork<T> work) {
        turns.readLock().lock();
        try {
            Session s = login();
            try {
                return work.run(s);
            } catch (RepositoryException e) {
                throw failure(e);
            } finally {
                s.logout();
            }
        } finally {
            turns.readLock().unlock();
        }
    }

    /**
     * Runs work in a fresh session and saves it. When another writer saved the same nodes first,
     * the work runs again on fresh state, a few times, before it is reported as a conflict. Returns
     * only once the commit is on disk (a group commit on the segment store), so that whatever the
     * caller answers about it survives kill -9 or a power cut from then on; every door that writes
     * (API, editor, imports, schedules) goes through here.
     */
    public <T> T write(SessionWork<T> work) {
        space.requireWritable(); // a 503 before anything is written, rather than a write the disk cannot take
        turns.readLock().lock(); // held until durable: a store reopening after a full disk waits for this write's answer
        try {
            Saved<T> saved = writeOnce(work);
            awaitDurable(saved);
            return saved.result();
        } finally {
            turns.readLock().unlock();
        }
    }

    /**
     * A save that has reached the store, and the number of its commit for {@link #awaitDurable}:
     * nothing may be acknowledged for it before that returns.
     */
    public static final class Saved<T> {
        private final T result;
        private final long commit;
        /** The flushes of the store the commit went to: a reopened store has its own, and an old commit never waits on it. */
        private final GroupFlush flushes;

        Saved(T result, long commit, GroupFlush flushes) {
            this.result = result;
            this.commit = commit;
            this.flushes = flushes;
        }

        public T result() { return result; }
    }

    /**
     * The first half of {@link #write}: runs and saves the work (retried on conflicts as there), but
     * returns before the commit is on disk. For writers that batch (check-up answers): the next batch
     * can commit while this one's flush runs, and the flushes of both are shared.
     */
    public <T> Saved<T> save(SessionWork<T> work) {
        space.requireWritable(); // a 503 before anything is written, rather than a write the disk cannot take
        turns.readLock().lock();
        try {
            return writeOnce(work);
        } finally {
            turns.readLock().unlock();
        }
    }

    private <T> Saved<T> writeOnce(SessionWork<T> work) {
        GroupFlush flushes = backend == null ? null : backend.flushes();
        for (int attempt = 1; ; attempt++) {
            Session s = login();
            try {
                T result = work.run(s);
                s.save();
                return new Saved<>(result, flushes == null ? 0 : flushes.saved(), flushes);
            } catch (InvalidItemStateException e) {
                if (attempt >= ConflictRetries.ATTEMPTS) throw ConflictRetries.gaveUp(e);
                ConflictRetries.backOff(attempt);
            } catch (RepositoryException e) {
                throw failure(e);
            } finally {
                s.logout();
            }
        }
    }

    /**
     * {@link #save} on the node store's tree instead of a JCR session (see {@link NodeLevelCommit}):
     * the same guard, retries on conflicts and group flush, without a session's login and commit
     * hooks. Only for the product's own system nodes that no hook needs to see (check-up answers).
     */
    public <T> Saved<T> saveNodes(NodeWork<T> work) {
        space.requireWritable();
        turns.readLock().lock();
        try {
            Backend b = live();
            T result = NodeLevelCommit.save(b.store(), work);
            return new Saved<>(result, b.flushes() == null ? 0 : b.flushes().saved(), b.flushes());
        } finally {
            turns.readLock().unlock();
        }
    }

    /** Reads the node store's latest root, without a JCR session: for hot reads of the product's own system nodes. */
    public <T> T readNodes(java.util.function.Function<org.apache.jackrabbit.oak.spi.state.NodeState, T> work) {
        turns.readLock().lock();
        try {
            return work.apply(live().store().head());
        } finally {
            turns.readLock().unlock();
        }
    }

    /** The second half of {@link #write}: returns once the saved commit is on disk, or throws (then it must not be acknowledged). */
    public void awaitDurable(Saved<?> saved) {
        if (saved.flushes != null) saved.flushes.awaitDurable(saved.commit);
    }

    /**
     * The same as {@link #write}, which is durable itself now; kept for the callers (publications,
     * releases) that say in their code that they rely on it.
     */
    public <T> T writeDurably(SessionWork<T> work) {
        return write(work);
    }

    /** A session for callers that manage its lifetime themselves; log it out when done. */
    public Session login() {
        Backend b = live();
        try {
            return b.repository().login(new SimpleCredentials("innco-system", new char[0]));
        } catch (RepositoryException e) {
            throw failure(e);
        }
    }

    /** The backend serving now, or why there is none. */
    private Backend live() {
        if (closed.get()) throw new InncoException(ErrorCode.REPOSITORY_011, "Repository closed", "The repository is shut down");
        Backend b = backend;
        if (b == null) { // a reopening failed: the fence says why
            throw new InncoException(ErrorCode.STORAGE_002, "Storage failed", space.problem().orElse("The repository is being reopened."));
        }
        return b;
    }

    /**
     * A watch on what other servers commit to the shared store, from this moment on (see
     * {@link ExternalChanges#start}); it never reports anything on a store no other server uses.
     * Closed with the repository at the latest.
     */
    public ExternalChanges watchExternalChanges() {
        ExternalChanges w = backend.store().shared().map(ExternalChanges::on).orElseGet(ExternalChanges::none);
        watches.add(w);
        return w;
    }

    /** True when other servers may use the store at the same time (PostgreSQL); a segment or memory store is this process's alone. */
    public boolean shared() {
        return live().store().shared().isPresent();
    }

    /** Leases for a store that is not {@link #shared()}: in memory, as nobody else can run its work. */
    public LocalLeases localLeases() {
        return localLeases;
    }

    /** The store's checkpoints, for projections that must find what changed since they last matched the repository. */
    public Checkpoints checkpoints() {
        return new Checkpoints(this);
    }

    /** Runs work on the current store, which a reopening cannot replace meanwhile. */
    <T> T onStore(java.util.function.Function<OpenedStore, T> work) {
        turns.readLock().lock();
        try {
            Backend b = backend;
            if (closed.get() || b == null) {
                throw new InncoException(ErrorCode.REPOSITORY_011, "Repository closed", "The repository is shut down or being reopened");
            }
            return work.apply(b.store());
        } finally {
            turns.readLock().unlock();
        }
    }

    /** True when a session can be opened and the root read. */
    public boolean reachable() {
        try {
            return read(s -> s.getRootNode() != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Copies the repository's current state into {@code target} (a new or empty folder) while it goes on serving; segment store only. */
    public void backup(java.nio.file.Path target) {
        onStore(store -> { store.backup(target); return null; });
    }

    /** Refuses (503) a write of {@code bytes} that would take the free space below the threshold. */
    public void requireRoomFor(long bytes) {
        space.requireWritable(bytes);
    }

    /** The store's write guard; for tests in this package that make the store stop accepting writes at a chosen moment. */
    eu.innco.repository.space.DiskSpace space() {
        return space;
    }

    /** Why writes are refused now (too little free space, or a store that failed to write), empty while they are accepted. */
    public java.util.Optional<String> writeProblem() {
        return space.problem();
    }

    static InncoException failure(RepositoryException e) {
        java.util.Optional<InncoException> refused = eu.innco.repository.space.DiskSpace.refusal(e);
        if (refused.isPresent()) return refused.get();
        return new InncoException(ErrorCode.REPOSITORY_009, "Repository failure", e.toString(), List.of(), e);
    }

    /** Stops Oak's background threads, then releases the store (file locks, connections). Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        if (recovery != null) recovery.close();
        watches.forEach(ExternalChanges::close);
        turns.writeLock().lock();
        try {
            if (backend != null) backend.close();
            backend = null;
            LOG.info("Repository closed ({})", config.store().label());
        } finally {
            turns.writeLock().unlock();
        }
    }
}
