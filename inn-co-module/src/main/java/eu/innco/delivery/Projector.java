package eu.innco.delivery;

import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.PublicReader;
import eu.innco.repository.ContentRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index a projection of the published content: renders items through the public reader
 * (never a working copy), re-renders the items that embed a re-published one, and rebuilds
 * everything when the index does not match the repository or the definitions.
 */
final class Projector {
    private static final Logger LOG = LoggerFactory.getLogger(Projector.class);
    /** Bump when the document layout or the JSON shape changes: every index is then rebuilt once. */
    static final String FORMAT = "delivery-7"; // 4: the values' locale (_from) beside the JSON; 5: other-language documents; 6: answers as doc values; 7: one key term per node (_key)

    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final EndpointRegistry endpoints;
    private final PublicReader reader;
    private final DeliveryIndex index;
    private final ItemProjection projection;
    /** A publication's languages rendered and analysed over the cores, outside the index's lock. */
    private final ProjectionSpread spread;
    private final String definitions;
    /** Told of each item a rebuild indexes; set only while {@link #rebuild(eu.innco.progress.Progress)} runs. */
    private volatile eu.innco.progress.Progress progress = eu.innco.progress.Progress.NONE;

    Projector(ContentRepository repository, ContentTypeRegistry types, SiteLocales site, EndpointRegistry endpoints,
              PublicReader reader, DeliveryIndex index) {
        this.repository = repository;
        this.types = types;
        this.endpoints = endpoints;
        this.reader = reader;
        this.index = index;
        this.projection = new ItemProjection(new NodeRenderer(site, new eu.innco.workspace.PlainNodes(repository)));
        this.spread = ProjectionSpread.overCores(index.analyzer());
        this.definitions = fingerprint(site, endpoints);
    }

    /** The fingerprint of the definitions: an index committed with another one is rebuilt. */
    String definitions() { return definitions; }

    /** Counts the published items the slow way (a walk of the live tree) and compares them with the index. */
    boolean matchesRepository() {
        return IndexState.ofRepository(repository, endpoints).equals(index.state());
    }

    /**
     * Renders and indexes every published item. The repository is read on this thread; rendering and
     * analysis run on one worker per core (the index writer takes documents from several threads),
     * fewer on a small heap, with a bounded queue between them (see {@link RebuildMemory}). A heap
     * that runs out stops the rebuild with {@link RebuildMemory#tooSmall} instead of Lucene's
     * "this IndexWriter is closed".
     */
    synchronized long rebuild() {
        long heap = Runtime.getRuntime().maxMemory();
        AtomicLong items = new AtomicLong();
        try {
            return rebuildAll(heap, items);
        } catch (RuntimeException | OutOfMemoryError e) {
            var oom = RebuildMemory.outOfHeap(e);
            if (oom.isPresent()) throw RebuildMemory.tooSmall(items.get(), heap, oom.get());
            throw e;
        }
    }

    private long rebuildAll(long heap, AtomicLong items) {
        index.matches(""); // a commit of a half-rebuilt index must not claim any checkpoint
        index.clear();
        Targets targets = cachedTargets();
        AtomicLong docs = new AtomicLong();
        int workers = RebuildMemory.renderingThreads(Runtime.getRuntime().availableProcessors(), heap);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(RebuildMemory.ITEMS_QUEUED), new ThreadPoolExecutor.CallerRunsPolicy());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            reader.forEach(item -> {
                if (failure.get() != null) return; // the rest would fail too, or the heap is gone
                pool.execute(() -> {
                    if (failure.get() != null) return;
                    try {
                        RenderInput in = RenderInput.published(item, types.require(item.type()));
                        for (EndpointDefinition ep : endpoints.forType(item.type())) {
                            var d = projection.documents(ep, in, targets);
                            index.add(d);
                            docs.addAndGet(d.size());
                        }
                        items.incrementAndGet();
                        progress.step();
                    } catch (RuntimeException | OutOfMemoryError e) {
                        failure.compareAndSet(null, e);
                    }
                });
            });
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        if (failure.get() instanceof OutOfMemoryError e) throw e;
        if (failure.get() != null) throw (RuntimeException) failure.get();
        index.optimise();
        index.commit(definitions);
        return docs.get();
    }

    /** {@link #rebuild()}, telling {@code progress} of each published item indexed (the command line's reindex). */
    synchronized long rebuild(eu.innco.progress.Progress shown) {
        shown.stage("items", publishedItems());
        progress = shown;
        try {
            return rebuild();
        } finally {
            progress = eu.innco.progress.Progress.NONE;
        }
    }

    /** How many snapshots the reader will hand over (the same folders it walks), for the progress shown. */
    private long publishedItems() {
        return repository.read(s -> {
            long n = 0;
            for (ContentTypeDefinition t : types.all()) {
                String path = "/" + eu.innco.publishing.LiveTree.ROOT + "/" + t.workspace();
                if (!s.nodeExists(path)) continue;
                for (var it = s.getNode(path).getNodes(); it.hasNext(); it.nextNode()) n++;
            }
            return n;
        });
    }

    private static void awaitQuietly(ThreadPoolExecutor pool) {
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Makes the index durable with the current definitions. Under this object's lock, so that it
     * never falls between an item and the items embedding it: a commit holds whole publications
     * (a crash recovers from it and the checkpoint it names).
     */
    synchronized void commit() {
        index.commit(definitions);
    }

    /** Re-renders one item on every endpoint serving it, then the items whose documents embed it. */
    synchronized void update(String type, String id) {
        Targets targets = this::target;
        // one refresh (and so at most one commit) for the item and the items embedding it: a crash never keeps half of them
        try {
            stage(type, id, targets);
            for (Map.Entry<String, String> r : embedders(id).entrySet()) stage(r.getValue(), r.getKey(), targets);
        } finally {
            index.show();
        }
    }

    /**
     * The items of one commit (a release, an import): each item and each item that embeds one of
     * them rendered once, and the index refreshed once at the end instead of after every item.
     */
    synchronized void updateAll(List<String[]> typeAndIds) {
        Map<String, String> todo = new LinkedHashMap<>();
        for (String[] t : typeAndIds) todo.put(t[1], t[0]);
        for (String[] t : typeAndIds) embedders(t[1]).forEach(todo::putIfAbsent);
        Targets targets = cachedTargets();
        try {
            for (Map.Entry<String, String> e : todo.entrySet()) {
                try {
                    stage(e.getValue(), e.getKey(), targets);
                } catch (RuntimeException ex) {
                    LOG.warn("could not project {} {}: {}", e.getValue(), e.getKey(), ex.toString());
                }
            }
        } finally {
            index.show();
        }
    }

    /** Renders again the items whose documents embed nodes of a plain workspace ({@code PlainNodes}). */
    synchronized void workspaceChanged(String workspace) {
        Map<String, String> todo = embedders(eu.innco.workspace.PlainNodes.dependency(workspace));
        if (todo.isEmpty()) return;
        List<String[]> items = new ArrayList<>();
        todo.forEach((id, type) -> items.add(new String[] {type, id}));
        updateAll(items);
    }

    private void stage(String type, String id, Targets targets) {
        Optional<RenderInput> item = target(type, id);
        for (EndpointDefinition ep : endpoints.forType(type)) {
            index.stage(ep.name(), id, item.map(i -> projection.documents(ep, i, targets, spread)).orElse(List.of()));
        }
    }

    /** Items (id to type) whose expanded references include this id. */
    private Map<String, String> embedders(String id) {
        Map<String, String> out = new LinkedHashMap<>();
        IndexSearcher s = index.acquire();
        try {
            var q = new BooleanQuery.Builder().add(new TermQuery(new Term(IndexFields.REFS, id)), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.LOCALE, NodeRenderer.ALL)), Occur.FILTER).build();
            StoredFields stored = s.storedFields();
            int n = s.count(q);
            if (n == 0) return out;
            for (ScoreDoc d : s.search(q, n).scoreDocs) {
                var doc = stored.document(d.doc, java.util.Set.of(IndexFields.ITEM, IndexFields.TYPE));
                String item = doc.get(IndexFields.ITEM);
                out.put(item.substring(item.indexOf('|') + 1), doc.get(IndexFields.TYPE));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    private Optional<RenderInput> target(String type, String id) {
        Optional<ContentTypeDefinition> t = types.get(type);
        if (t.isEmpty()) return Optional.empty();
        return reader.byId(type, id).map(p -> RenderInput.published(p, t.get()));
    }

    /** During a rebuild the same targets come back again and again: keep the latest few thousand. */
    private Targets cachedTargets() {
        Map<String, Optional<RenderInput>> cache = new ConcurrentHashMap<>();
        return (type, id) -> {
            String key = type + "|" + id;
            Optional<RenderInput> hit = cache.get(key);
            if (hit != null) return hit;
            if (cache.size() > 5_000) cache.clear();
            Optional<RenderInput> found = target(type, id);
            cache.put(key, found);
            return found;
        };
    }

    private static String describe(List<eu.innco.contenttype.PropertyDefinition> props) {
        StringBuilder sb = new StringBuilder("[");
        for (var p : props) {
            sb.append(p).append(',');
            if (p.isSubModel()) sb.append(describe(p.subModel().properties()));
        }
        return sb.append(']').toString();
    }

    private static String fingerprint(SiteLocales site, EndpointRegistry endpoints) {
        List<String> parts = new ArrayList<>();
        parts.add(FORMAT);
        for (String l : site.locales()) parts.add(l + site.chain(l));
        for (EndpointDefinition e : endpoints.all()) {
            // only what shapes the documents, and nothing with an identity hash in its toString
            parts.add(String.join("|", e.name(), e.type().name(), e.type().nodeType(), e.rootPath(), Integer.toString(e.depth()),
                    Boolean.toString(e.includeSystemProperties()), e.expandedReferences().toString(), describe(e.type().properties()),
                    e.options().toString()));
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
