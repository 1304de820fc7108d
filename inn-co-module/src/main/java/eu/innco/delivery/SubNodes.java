package eu.innco.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Child nodes (sub-models) read on their own, as Magnolia reads any node by path or id: found in
 * the item's rendered JSON (so exactly as they are when nested, and only down to the endpoint's
 * depth), and answered with the item's {@code @locale}, {@code @availableLocales} and the
 * {@code @fallback} entries below them. Sub-model nodes carry no JCR identifier, so their
 * {@code @id} is a name-based UUID of the item's id and the path inside the item: stable across
 * publications and renames, new when list entries are reordered.
 */
final class SubNodes {
    /** Reads numbers back as they were written: decimals keep their digits. */
    private static final ObjectMapper MAPPER = new ObjectMapper().setNodeFactory(NodeRenderer.F)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SubNodes() {}

    /** One way to read a request path: the item's path and the child names below it. */
    record Split(String itemPath, List<String> childNames) {}

    /** The {@code @id} of the child node at {@code relativePath} ({@code /figures/0}) inside an item. */
    static String id(String itemId, String relativePath) {
        return UUID.nameUUIDFromBytes((itemId + relativePath).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The ways a path below an endpoint can name a node, the whole path as an item first, then
     * shorter item paths with child names after them; a child is at most {@code depth} names below
     * its item. Empty for a path with empty segments.
     */
    static List<Split> splits(String path, int depth) {
        String trimmed = trim(path);
        List<String> names = Arrays.asList(trimmed.split("/", -1));
        List<Split> out = new ArrayList<>();
        if (trimmed.isEmpty() || names.contains("")) return out;
        for (int k = names.size(); k >= 1 && names.size() - k <= depth; k--) {
            out.add(new Split("/" + String.join("/", names.subList(0, k)), List.copyOf(names.subList(k, names.size()))));
        }
        return out;
    }

    /** The path without leading and trailing slashes (asked per request: no regular expression). */
    private static String trim(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') from++;
        while (to > from && path.charAt(to - 1) == '/') to--;
        return path.substring(from, to);
    }

    /** The child reached from the item by these names, each listed in its parent's {@code @nodes}. */
    static Optional<ObjectNode> at(ObjectNode item, List<String> names) {
        ObjectNode here = item;
        for (String name : names) {
            if (!listed(here, name) || !(here.get(name) instanceof ObjectNode next)) return Optional.empty();
            here = next;
        }
        return Optional.of(here);
    }

    /** The child node with this {@code @id}, anywhere below the item. */
    static Optional<ObjectNode> withId(ObjectNode node, String id) {
        for (JsonNode name : node.path("@nodes")) {
            if (!(node.get(name.asText()) instanceof ObjectNode child)) continue;
            if (id.equals(child.path("@id").asText())) return Optional.of(child);
            Optional<ObjectNode> deeper = withId(child, id);
            if (deeper.isPresent()) return deeper;
        }
        return Optional.empty();
    }

    /** Every child node's {@code @id} below a rendered item, for the index. */
    static void ids(JsonNode node, Consumer<String> out) {
        for (JsonNode name : node.path("@nodes")) {
            JsonNode child = node.path(name.asText());
            if (!child.isObject()) continue;
            if (child.hasNonNull("@id")) out.accept(child.get("@id").asText());
            ids(child, out);
        }
    }

    /**
     * A child as an answer of its own: its system properties, then the item's language properties
     * (the values came from there), with the {@code @fallback} keys of the properties below it made
     * relative to it ({@code figures.0.label} becomes {@code label}), then its properties and children.
     */
    static ObjectNode answer(ObjectNode item, ObjectNode child) {
        ObjectNode o = NodeRenderer.F.objectNode();
        for (String k : List.of("@name", "@path", "@id", "@nodeType")) o.set(k, child.get(k));
        if (item.has("@locale")) o.set("@locale", item.get("@locale"));
        o.set("@availableLocales", item.get("@availableLocales"));
        String prefix = child.path("@path").asText().substring(item.path("@path").asText().length() + 1).replace('/', '.') + ".";
        ObjectNode fallback = NodeRenderer.F.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = item.path("@fallback").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith(prefix)) fallback.set(e.getKey().substring(prefix.length()), e.getValue());
        }
        if (!fallback.isEmpty()) o.set("@fallback", fallback);
        for (Iterator<Map.Entry<String, JsonNode>> it = child.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!o.has(e.getKey())) o.set(e.getKey(), e.getValue());
        }
        return o;
    }

    /** The stored answer of the child reached by {@code names} from a stored item; empty when there is none. */
    static Optional<StoredNode> stored(StoredNode item, List<String> names, String locale) {
        ObjectNode json = parse(item.json());
        return at(json, names).map(c -> store(json, c, locale, item));
    }

    /** The stored answer of the child with this id inside a stored item; empty when there is none. */
    static Optional<StoredNode> storedWithId(StoredNode item, String id, String locale) {
        ObjectNode json = parse(item.json());
        return withId(json, id).map(c -> store(json, c, locale, item));
    }

    private static StoredNode store(ObjectNode item, ObjectNode child, String locale, StoredNode owner) {
        byte[] bytes = ItemProjection.bytes(answer(item, child));
        return new StoredNode(bytes, DocumentBuilder.etag(locale, bytes), owner.locale(), owner.item());
    }

    private static boolean listed(ObjectNode node, String name) {
        for (JsonNode n : node.path("@nodes")) if (n.asText().equals(name)) return true;
        return false;
    }

    private static ObjectNode parse(byte[] json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
