package eu.innco.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of the delivery projection, on disk under {@code $INNCO_HOME/index} or in memory.
 * One writer; readers are near-real-time searchers refreshed after every change, so a GET right
 * after a publication sees it. The commit data holds the fingerprint of the definitions it was
 * rendered with. A corrupt index is wiped: everything in it can be rebuilt from the repository.
 */
final class DeliveryIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryIndex.class);
    static final String DEFINITIONS = "innco.definitions";
    /** The repository checkpoint whose published content the committed index holds (see IndexCheckpoints). */
    static final String CHECKPOINT = "innco.checkpoint";
    /** This index's own name, which tags its checkpoints: servers sharing a store keep apart whose is whose. */
    static final String OWNER = "innco.owner";

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean fresh;
    private volatile String definitions = "";
    private volatile String checkpoint = "";
    private final String committedCheckpoint;
    private final String owner;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** Staged and not yet announced: endpoints and items touched, or everything (guarded by this). */
    private final java.util.Set<String> stagedEndpoints = new java.util.HashSet<>();
    private final java.util.Set<String> stagedItems = new java.util.HashSet<>();
    private boolean stagedEverything;
    private final List<java.util.function.Consumer<IndexChange>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Per endpoint: how often readers were shown a change of its documents; plus every rebuild for all of them. */
    private final Map<String, java.util.concurrent.atomic.AtomicLong> endpointChanges = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong rebuilds = new java.util.concurrent.atomic.AtomicLong();
    private volatile SortedOrders orders;

    private DeliveryIndex(Path folder, Directory directory, IndexWriter writer, boolean fresh) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.fresh = fresh;
        Map<String, String> data = fresh ? Map.of() : org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
        this.definitions = data.getOrDefault(DEFINITIONS, "");
        this.committedCheckpoint = data.getOrDefault(CHECKPOINT, "");
        this.checkpoint = committedCheckpoint; // later commits hold at least as much
        this.owner = data.getOrDefault(OWNER, java.util.UUID.randomUUID().toString());
    }

    /** Opens the index in {@code folder} (null: in memory); a missing or unreadable one starts empty. */
    static DeliveryIndex open(Path folder, Analyzers analyzers) {
        try {
            if (folder == null) return create(null, new ByteBuffersDirectory(), analyzers, true);
            Files.createDirectories(folder);
            Directory dir = FSDirectory.open(folder);
            if (DirectoryReader.indexExists(dir)) {
                try {
                    return create(folder, dir, analyzers, false);
                } catch (org.apache.lucene.store.LockObtainFailedException e) {
                    throw e; // another process has this index open: nothing is wrong with its files
                } catch (IOException | RuntimeException e) {
                    LOG.warn("The delivery index in {} is corrupt ({}); it is deleted and rebuilt from the repository", folder, e.toString());
                    dir.close();
                    wipe(folder);
                    dir = FSDirectory.open(folder);
                }
            }
            return create(folder, dir, analyzers, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the delivery index in " + folder, e);
        }
    }

    /**
     * The writer and its first reader. That reader opens the last commit as a {@code DirectoryReader}
     * does: Lucene checks the whole of its small files (commit point, segment and field infos) and the
     * header, footer and length of the large ones, so an unreadable index fails here. It was checked by
     * a reader of its own before, which opened every segment twice at each start (issue 18). Reading
     * every byte of the stored fields to check their checksums cost seconds at every start with 10,000
     * items; a flipped byte in their middle shows at the first read of that document instead, as in
     * Lucene itself. On failure the writer is rolled back, never committed, and its lock released.
     */
    private static DeliveryIndex create(Path folder, Directory dir, Analyzers analyzers, boolean fresh) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(analyzers.perField());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(RebuildMemory.writerBufferMb(Runtime.getRuntime().maxMemory())); // 48 MB from a 768 MB heap up
        cfg.setUseCompoundFile(false);
        cfg.setCommitOnClose(true);
        IndexWriter writer = new IndexWriter(dir, cfg);
        try {
            return new DeliveryIndex(folder, dir, writer, fresh);
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
    }

    static void wipe(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** True when the index was just created (missing, or wiped because corrupt). */
    boolean fresh() { return fresh; }

    /** The fingerprint of the definitions the index was last committed with. */
    String definitions() {
        return definitions;
    }

    /** The checkpoint of the last commit before this start; empty when it had none. */
    String committedCheckpoint() { return committedCheckpoint; }

    /** The tag of this index's checkpoints. */
    String owner() { return owner; }

    /** The checkpoint that the index holds everything of from now on: written with every later commit. */
    void matches(String checkpoint) { this.checkpoint = checkpoint; }

    /** The state hash of one item's {@code all} document on one endpoint; empty when the item is not there. */
    java.util.OptionalLong indexedState(String endpoint, String id) {
        IndexSearcher s = acquire();
        try {
            Term item = new Term(IndexFields.ITEM, IndexFields.item(endpoint, id));
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                var postings = leaf.reader().postings(item);
                NumericDocValues dv = leaf.reader().getNumericDocValues(IndexFields.STATE);
                if (postings == null || dv == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if ((live == null || live.get(d)) && dv.advanceExact(d)) return java.util.OptionalLong.of(dv.longValue());
                }
            }
            return java.util.OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /** Count and hash sum of the items in the index, from the {@code all} documents. */
    IndexState state() {
        IndexSearcher s = acquire();
        try {
            long count = 0;
            long sum = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues dv = leaf.reader().getNumericDocValues(IndexFields.STATE);
                if (dv == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                    if (live != null && !live.get(d)) continue;
                    count++;
                    sum += dv.longValue();
                }
            }
            return new IndexState(count, sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /** Replaces every document of one item on one endpoint (none: the item left it), visible at once. */
    synchronized void replace(String endpoint, String id, List<Document> docs) {
        stage(endpoint, id, docs);
        show();
    }

    /** The writer's analyser (each text field with its locale's), for texts analysed ahead of {@link #stage}. */
    org.apache.lucene.analysis.Analyzer analyzer() {
        return writer.getAnalyzer();
    }

    /** Like {@link #replace} but not yet visible: a batch calls {@link #show} once at its end. */
    synchronized void stage(String endpoint, String id, List<Document> docs) {
        try {
            Term item = new Term(IndexFields.ITEM, IndexFields.item(endpoint, id));
            if (docs.isEmpty()) writer.deleteDocuments(item);
            else writer.updateDocuments(item, docs);
            stagedEndpoints.add(endpoint);
            stagedItems.add(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes staged changes visible to readers, not durable: a commit (a dozen file syncs, up to a
     * second under load) inside every other publication made publishing slow under a read load. The
     * index is committed with each checkpoint (IndexUpkeep, every 30 s when something was published)
     * and at close; after a crash the next start renders again what was published since the last
     * committed checkpoint, as it did already for the two seconds this commit used to leave.
     */
    synchronized void show() {
        try {
            searchers.maybeRefreshBlocking();
            generation.incrementAndGet();
            announce();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops everything, for a rebuild. */
    synchronized void clear() {
        try {
            writer.deleteAll();
            stagedEverything = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds documents; safe from several threads at once (a rebuild renders and analyses in parallel). */
    void add(List<Document> docs) {
        try {
            writer.addDocuments(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges a freshly rebuilt index into one segment: sorting on text compares term ordinals, which
     * across segments means looking terms up (decompressing them) for every hit.
     */
    synchronized void optimise() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable with the definitions' fingerprint, and visible. */
    synchronized void commit(String definitions) {
        try {
            writer.setLiveCommitData(commitData(definitions).entrySet());
            writer.commit();
            this.definitions = definitions;
            searchers.maybeRefreshBlocking();
            generation.incrementAndGet();
            announce();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> commitData(String definitions) {
        return Map.of(DEFINITIONS, definitions, CHECKPOINT, checkpoint, OWNER, owner);
    }

    /** Changes whenever readers may see other documents of {@code endpoint} (a publication of its items, a rebuild). */
    long changes(String endpoint) {
        java.util.concurrent.atomic.AtomicLong c = endpointChanges.get(endpoint);
        return rebuilds.get() + (c == null ? 0 : c.get());
    }

    /** Changes with every change readers can see: what answer caches compare against. */
    long generation() { return generation.get(); }

    /** Hears every change once it is visible (see {@link IndexChange}); called with the index locked, so keep it short. */
    void listen(java.util.function.Consumer<IndexChange> l) {
        listeners.add(l);
    }

    /**
     * Called once readers see the staged documents (only then may answers built on them count as
     * current): counts the change per endpoint and tells the listeners what became visible since the
     * last announcement, if anything.
     */
    private void announce() {
        if (stagedItems.isEmpty() && stagedEndpoints.isEmpty() && !stagedEverything) return;
        if (stagedEverything) rebuilds.incrementAndGet();
        for (String e : stagedEndpoints) endpointChanges.computeIfAbsent(e, k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
        IndexChange c = new IndexChange(generation.get(), stagedEndpoints, stagedItems, stagedEverything);
        stagedEndpoints.clear();
        stagedItems.clear();
        stagedEverything = false;
        for (var l : listeners) {
            try {
                l.accept(c);
            } catch (RuntimeException e) {
                LOG.warn("an index change listener failed: {}", e.toString());
            }
        }
    }

    /** Keeps each endpoint's documents in the order of each sort asked, per reader (see {@link SortedOrders}). */
    void keepOrders(boolean keep) { orders = keep ? new SortedOrders() : null; }

    /** The kept orders; null when this index keeps none (a preview's scratch index, made for one request). */
    SortedOrders orders() { return orders; }

    IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() { return folder; }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            if (writer.isOpen()) {
                writer.setLiveCommitData(commitData(definitions).entrySet());
                writer.close();
            }
            directory.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("closing the delivery index failed: {}", e.toString());
        }
    }
}
