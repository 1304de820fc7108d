package eu.innco.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.innco.content.MagnoliaFolders;
import eu.innco.content.MagnoliaFolders.Folder;
import eu.innco.repository.ContentRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Magnolia's {@code mgnl:folder}s on a content type's endpoint, read by path or {@code @id} as
 * Magnolia's delivery endpoint reads them: {@code @name}, {@code @path}, {@code @id},
 * {@code @nodeType}, then its children (items as their published answers, folders in turn) down to
 * the endpoint's depth, then {@code @nodes}. Made from the published items (the index) each time
 * it is asked: a folder shows what is published below it, and one with nothing published is not
 * there. Folders are not list or query results.
 */
final class FolderAnswers {
    static final String NODE_TYPE = "mgnl:folder";
    private static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(NodeRenderer.F)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final ContentRepository repository;
    private final DeliveryIndex index;

    FolderAnswers(ContentRepository repository, DeliveryIndex index) {
        this.repository = repository;
        this.index = index;
    }

    /**
     * True when a published item of the endpoint lies below {@code path} in one of these locale keys:
     * asked of the index before the repository, so that a path that is nothing costs no session.
     */
    boolean anyBelow(EndpointDefinition ep, String path, java.util.List<String> localeKeys) {
        var locales = new org.apache.lucene.search.BooleanQuery.Builder();
        for (String l : localeKeys) {
            locales.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.LOCALE, l)),
                    org.apache.lucene.search.BooleanClause.Occur.SHOULD);
        }
        var q = new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new org.apache.lucene.search.PrefixQuery(new org.apache.lucene.index.Term(IndexFields.PATH, path + "/")),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.ENDPOINT, ep.name())),
                        org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(locales.build(), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
        var s = index.acquire();
        try {
            return s.count(q) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(s);
        }
    }

    /** The folder at {@code path}; {@code items} finds a published item's answer by its path below the workspace. */
    Optional<StoredNode> byPath(EndpointDefinition ep, String locale, boolean anyLanguage, String path,
                                Function<String, Optional<StoredNode>> items) {
        String p = "/" + path.replaceAll("^/+", "").replaceAll("/+$", "");
        if (!covers(ep, p) || !anyBelow(ep, p, keys(locale, anyLanguage))) return Optional.empty();
        return repository.read(s -> MagnoliaFolders.read(s, ep.workspace(), p)).flatMap(f -> answer(ep, locale, f, items));
    }

    /** The folder with this {@code @id}. */
    Optional<StoredNode> byId(EndpointDefinition ep, String locale, String id, Function<String, Optional<StoredNode>> items) {
        return repository.read(s -> MagnoliaFolders.byId(s, ep.workspace(), id))
                .filter(f -> covers(ep, f.path())).flatMap(f -> answer(ep, locale, f, items));
    }

    private Optional<StoredNode> answer(EndpointDefinition ep, String locale, Folder f, Function<String, Optional<StoredNode>> items) {
        return node(ep, f, ep.depth(), items).map(json -> {
            byte[] bytes = ItemProjection.bytes(json);
            // no item owns it: an answer cache keeps it with the endpoint's lists, which change with any publication there
            return new StoredNode(bytes, DocumentBuilder.etag(locale, bytes), locale, "");
        });
    }

    /** The folder's JSON, or empty when nothing below it is published. */
    private Optional<ObjectNode> node(EndpointDefinition ep, Folder f, int depth, Function<String, Optional<StoredNode>> items) {
        ObjectNode o = NodeRenderer.F.objectNode();
        o.put("@name", f.name());
        o.put("@path", f.path());
        o.put("@id", f.id());
        o.put("@nodeType", NODE_TYPE);
        ArrayNode names = NodeRenderer.F.arrayNode();
        boolean published = false;
        for (String name : f.children()) {
            String p = f.path() + "/" + name;
            Optional<ObjectNode> child = items.apply(p).map(n -> parse(n.json()));
            if (child.isEmpty()) {
                Optional<Folder> sub = repository.read(s -> MagnoliaFolders.read(s, ep.workspace(), p));
                child = sub.flatMap(x -> node(ep, x, depth - 1, items));
            }
            if (child.isEmpty()) continue;
            published = true;
            if (depth <= 0) continue;
            o.set(name, child.get());
            names.add(name);
        }
        if (!published) return Optional.empty();
        o.set("@nodes", names);
        return Optional.of(o);
    }

    private static java.util.List<String> keys(String locale, boolean anyLanguage) {
        return anyLanguage && !NodeRenderer.ALL.equals(locale) ? java.util.List.of(locale, IndexFields.otherLanguage(locale)) : java.util.List.of(locale);
    }

    private static boolean covers(EndpointDefinition ep, String path) {
        return ep.rootPath().equals("/") || path.equals(ep.rootPath()) || path.startsWith(ep.rootPath() + "/");
    }

    private static ObjectNode parse(byte[] json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
