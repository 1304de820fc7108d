package eu.innco.publishing;

import eu.innco.content.ItemNodes;
import eu.innco.content.SystemProperties;
import eu.innco.contenttype.ContentTypeDefinition;
import eu.innco.contenttype.ContentTypeRegistry;
import eu.innco.site.SiteLocales;
import eu.innco.repository.ContentRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

/** Reads published snapshots from {@code /innco:live}: the implementation of {@link PublicReader}. */
public final class LiveReader implements PublicReader {
    private final ContentRepository repository;
    private final ContentTypeRegistry types;
    private final SiteLocales locales;
    private final ItemNodes nodes;

    public LiveReader(ContentRepository repository, ContentTypeRegistry types, SiteLocales locales, ItemNodes nodes) {
        this.repository = repository;
        this.types = types;
        this.locales = locales;
        this.nodes = nodes;
    }

    @Override
    public Optional<PublishedItem> byId(String type, String id) {
        Optional<ContentTypeDefinition> t = types.get(type);
        if (t.isEmpty() || id == null || !eu.innco.content.ItemNodes.UUID.matcher(id).matches()) return Optional.empty();
        return repository.read(s -> {
            Optional<Node> n = LiveTree.find(s, t.get(), id);
            return n.isPresent() ? Optional.of(read(n.get(), t.get())) : Optional.<PublishedItem>empty();
        });
    }

    @Override
    public Optional<PublishedItem> byName(String type, String name) {
        return all(type).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    @Override
    public List<PublishedItem> all(String type) {
        Optional<ContentTypeDefinition> t = types.get(type);
        if (t.isEmpty()) return List.of();
        return repository.read(s -> {
            List<PublishedItem> out = new ArrayList<>();
            for (Node n : children(s, t.get())) out.add(read(n, t.get()));
            out.sort(Comparator.comparing(PublishedItem::name));
            return out;
        });
    }

    @Override
    public void forEach(Consumer<PublishedItem> consumer) {
        repository.read(s -> {
            // one node at a time: a list of every node of a type held 50,000 node states during a rebuild (issue 18)
            for (ContentTypeDefinition t : types.all()) {
                String path = "/" + LiveTree.ROOT + "/" + t.workspace();
                if (!s.nodeExists(path)) continue;
                for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) consumer.accept(read(it.nextNode(), t));
            }
            return null;
        });
    }

    @Override
    public List<String> referrers(String id) {
        return repository.read(s -> Referrers.of(s, id).stream().map(Referrers.Referrer::id).toList());
    }

    private static List<Node> children(Session s, ContentTypeDefinition t) throws RepositoryException {
        String path = "/" + LiveTree.ROOT + "/" + t.workspace();
        List<Node> out = new ArrayList<>();
        if (!s.nodeExists(path)) return out;
        for (NodeIterator it = s.getNode(path).getNodes(); it.hasNext(); ) out.add(it.nextNode());
        return out;
    }

    private PublishedItem read(Node n, ContentTypeDefinition t) throws RepositoryException {
        List<String> ls = List.copyOf(SnapshotWriter.publishedLocales(n));
        Map<String, Instant> at = new LinkedHashMap<>();
        for (String l : ls) {
            Instant i = SystemProperties.instant(n, ItemNodes.PUBLISHED_PREFIX + l);
            if (i != null) at.put(l, i);
        }
        return new PublishedItem(n.getProperty(LiveTree.ID).getString(), t.name(), n.getProperty(LiveTree.NAME).getString(),
                n.getProperty(LiveTree.PATH).getString(), nodes.values().read(n, t.properties()), ls, at,
                SystemProperties.instant(n, SystemProperties.CREATED), SystemProperties.instant(n, SystemProperties.LAST_MODIFIED),
                SystemProperties.instant(n, SystemProperties.LAST_ACTIVATED), n.getProperty(LiveTree.VERSION).getLong());
    }

    SiteLocales locales() { return locales; }
}
