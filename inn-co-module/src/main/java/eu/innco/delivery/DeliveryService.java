package eu.innco.delivery;

import eu.innco.ErrorCode;
import eu.innco.InncoException;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.i18n.LocaleResolver;
import eu.innco.site.SiteLocales;
import eu.innco.publishing.PublicReader;
import eu.innco.publishing.PublicationEvent;
import eu.innco.publishing.PublicationListener;
import eu.innco.repository.ContentRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery API's engine: answers from the Lucene projection of published content, and keeps it
 * current as a {@link PublicationListener} (an item and every item that embeds it are re-rendered
 * before the publication returns). At start the index is rebuilt when it is missing, corrupt or
 * built with other definitions, and caught up with what was published since its checkpoint.
 */
public final class DeliveryService implements PublicationListener.Batched, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final SiteLocales site;
    private final EndpointRegistry endpoints;
    private final Analyzers analyzers;
    private final DeliveryQueryParser parser;
    private final DeliveryIndex index;
    private final Projector projector;
    private final LocaleChoice locales;
    private final IndexUpkeep upkeep;
    private final PublishedTargets targets;
    private final FolderAnswers folders;

    private DeliveryService(ContentRepository repository, ContentTypeRegistry types, SiteLocales site, EndpointRegistry endpoints,
                            PublicReader reader, Path indexFolder) {
        this.site = site;
        this.endpoints = endpoints;
        this.analyzers = new Analyzers(site.locales(), site.defaultLocale());
        this.parser = new DeliveryQueryParser(analyzers);
        this.index = DeliveryIndex.open(indexFolder, analyzers);
        index.keepOrders(true);
        this.projector = new Projector(repository, types, site, endpoints, reader, index);
        this.locales = new LocaleChoice(new LocaleResolver(site));
        this.targets = new PublishedTargets(types, reader, new NodeRenderer(site));
        this.folders = new FolderAnswers(repository, index);
        this.upkeep = new IndexUpkeep(projector, index, new IndexCheckpoints(repository.checkpoints(), index, endpoints));
    }

    /**
     * Opens the index ({@code indexFolder} null: in memory) and rebuilds it when needed. The caller
     * subscribes the service to the publication events.
     */
    public static DeliveryService start(ContentRepository repository, ContentTypeRegistry types, SiteLocales site,
                                        EndpointRegistry endpoints, PublicReader reader, Path indexFolder) {
        endpoints.warnings().forEach(w -> LOG.warn("delivery endpoint definition: {}", w));
        DeliveryService d = new DeliveryService(repository, types, site, endpoints, reader, indexFolder);
        try {
            d.upkeep.atStart();
            d.upkeep.startAdvancing();
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
        return d;
    }

    /** {@code reindex}: rebuilds the index in {@code indexFolder} from the repository, whatever its state; returns the documents written. */
    public static long reindex(ContentRepository repository, ContentTypeRegistry types, SiteLocales site, EndpointRegistry endpoints,
                               PublicReader reader, Path indexFolder) {
        return reindex(repository, types, site, endpoints, reader, indexFolder, eu.innco.progress.Progress.NONE);
    }

    /** {@link #reindex}, telling {@code progress} of each published item indexed. */
    public static long reindex(ContentRepository repository, ContentTypeRegistry types, SiteLocales site, EndpointRegistry endpoints,
                               PublicReader reader, Path indexFolder, eu.innco.progress.Progress progress) {
        try (DeliveryService d = new DeliveryService(repository, types, site, endpoints, reader, indexFolder)) {
            return d.projector.rebuild(progress);
        }
    }

    public EndpointRegistry endpoints() { return endpoints; }

    public SiteLocales site() { return site; }

    /** Published items and assets as references in plain workspaces resolve them. */
    public eu.innco.workspace.ItemTargets itemTargets() { return targets; }

    /** The site locale (or {@code all}) a request reads; a 400 for a bad {@code lang}. */
    public String locale(String lang, String acceptLanguage) {
        return locales.resolve(lang, acceptLanguage);
    }

    /**
     * One node by its name or path below the endpoint's workspace: an item, or a child node inside
     * one ({@code guide/chapters/0}), read from the item's stored answer.
     */
    public Optional<StoredNode> byPath(String endpoint, String locale, String path) {
        return byPath(endpoint, locale, path, false);
    }

    /** {@link #byPath(String, String, String)}, with {@code anyLanguage}: an item in none of the chain's languages is read in its own. */
    public Optional<StoredNode> byPath(String endpoint, String locale, String path, boolean anyLanguage) {
        EndpointDefinition ep = endpoints.require(endpoint);
        for (SubNodes.Split s : SubNodes.splits(path, ep.depth())) {
            Optional<StoredNode> item = one(ep, locale, anyLanguage, IndexFields.PATH, s.itemPath());
            if (item.isPresent()) return s.childNames().isEmpty() ? item : SubNodes.stored(item.get(), s.childNames(), locale);
        }
        // no item there: perhaps one of Magnolia's folders that an import kept
        return folders.byPath(ep, locale, anyLanguage, path, p -> one(ep, locale, anyLanguage, IndexFields.PATH, p));
    }

    /** One node by its {@code @id}: an item, or a child node inside one. */
    public Optional<StoredNode> byId(String endpoint, String locale, String id) {
        return byId(endpoint, locale, id, false);
    }

    /** {@link #byId(String, String, String)}, with {@code anyLanguage}: an item in none of the chain's languages is read in its own. */
    public Optional<StoredNode> byId(String endpoint, String locale, String id, boolean anyLanguage) {
        EndpointDefinition ep = endpoints.require(endpoint);
        if (!UUID.matcher(id).matches()) return Optional.empty();
        String key = id.toLowerCase();
        Optional<StoredNode> item = one(ep, locale, anyLanguage, IndexFields.ID, key);
        if (item.isPresent()) return item;
        Optional<StoredNode> sub = one(ep, locale, anyLanguage, IndexFields.SUB_ID, key).flatMap(owner -> SubNodes.storedWithId(owner, key, locale));
        if (sub.isPresent()) return sub;
        return folders.byId(ep, locale, key, p -> one(ep, locale, anyLanguage, IndexFields.PATH, p));
    }

    private Optional<StoredNode> one(EndpointDefinition ep, String locale, boolean anyLanguage, String field, String key) {
        Optional<StoredNode> own = IndexSearch.one(index, ep.name(), locale, field, key);
        if (own.isPresent() || !anyLanguage || NodeRenderer.ALL.equals(locale)) return own;
        return IndexSearch.one(index, ep.name(), IndexFields.otherLanguage(locale), field, key);
    }

    public Page query(String endpoint, String locale, Map<String, List<String>> params) {
        EndpointDefinition ep = endpoints.require(endpoint);
        DeliveryQuery q = parser.parse(ep, locale, params);
        if (q.geoJson() && ep.geoProperty().isEmpty()) {
            throw InncoException.badRequest(ErrorCode.QUERY_003, "format: endpoint '" + ep.name() + "' has no map point; GeoJSON is for "
                    + endpoints.all().stream().filter(e -> e.geoProperty().isPresent()).map(EndpointDefinition::name).toList() + ".");
        }
        return IndexSearch.page(index, q, q.geoJson() && !params.containsKey("limit"));
    }

    /** Rebuilds the whole index from the repository; returns how many documents it holds. */
    public long rebuild() {
        return upkeep.rebuild();
    }

    @Override
    public void published(PublicationEvent event) {
        projector.update(event.type(), event.id());
    }

    @Override
    public void publishedAll(List<PublicationEvent> events) {
        projector.updateAll(events.stream().map(e -> new String[] {e.type(), e.id()}).toList());
    }

    /**
     * A workspace no content type declares changed (an import, Magnolia's nodes API): the items
     * whose answers embed its nodes are rendered again, and the caches hear of them as of a publication.
     */
    public void workspaceChanged(String workspace) {
        projector.workspaceChanged(workspace);
    }

    /** A number that changes whenever any answer may have changed (a publication, a rebuild): for answer caches. */
    public long generation() {
        return index.generation();
    }

    /**
     * Hears every change of the index once readers can see it, whether this server or another one
     * of the cluster published: what answer caches drop entries by. Called on the publishing thread
     * with the index locked, before the publication returns.
     */
    public void onChange(java.util.function.Consumer<IndexChange> listener) {
        index.listen(listener);
    }

    /** What the start-up check of the index did: rebuilt it, caught up from its checkpoint, or walked every item. */
    String startCheck() { return upkeep.atStartDid(); }

    /** Moves the index's checkpoint on now, as its timer does every half minute. */
    void advanceCheckpoint() { upkeep.advance(); }

    /**
     * A number that changes whenever the documents of one endpoint may have changed (a publication
     * of its items or of items they embed, here or on another server; a rebuild): for answers
     * built ahead of requests, such as the GeoJSON of every organisation.
     */
    public long changes(String endpoint) {
        return index.changes(endpoint);
    }

    /** The parser shared with preview, so that both read parameters the same way. */
    DeliveryQueryParser parser() { return parser; }

    Analyzers analyzers() { return analyzers; }

    /** For tests of the look-ups. */
    DeliveryIndex index() { return index; }

    @Override
    public void close() {
        upkeep.close();
        index.close();
    }
}
