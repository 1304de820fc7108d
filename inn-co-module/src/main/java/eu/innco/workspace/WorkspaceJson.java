package eu.innco.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * A stored node in the JSON of Magnolia's delivery endpoint v2, as Magnolia's own answers show it:
 * {@code @name}, {@code @path} (inside the workspace), {@code @id}, {@code @nodeType}, then every
 * property as a string (Magnolia writes {@code "true"}, dates with their offset) or a list of
 * strings, then the children down to the endpoint's depth, then {@code @nodes}, their names in order.
 * Localised values follow Magnolia's i18n: {@code title_de} answers for {@code title} in German
 * (the default value when there is none), and the {@code _<locale>} variants of the site's locales
 * are not shown, except with {@code lang=all}, which shows every variant.
 */
final class WorkspaceJson {
    private static final String MIXINS = "jcr:mixinTypes";
    /** With a codec, so that the JSON of an item a reference names can be written in place. */
    private static final JsonFactory JSON = new com.fasterxml.jackson.databind.ObjectMapper().getFactory();
    private final WorkspaceEndpoint endpoint;
    private final Node root;
    private final WorkspaceLanguage language;
    private final WorkspaceReferences references;

    WorkspaceJson(WorkspaceEndpoint endpoint, Node root, WorkspaceLanguage language, WorkspaceReferences references) {
        this.endpoint = endpoint;
        this.root = root;
        this.language = language;
        this.references = references;
    }

    WorkspaceJson(WorkspaceEndpoint endpoint, Node root, WorkspaceLanguage language) {
        this(endpoint, root, language, new WorkspaceReferences(null, endpoint, language, ItemTargets.NONE, w -> true));
    }

    byte[] node(Node n) throws RepositoryException {
        return write(g -> write(g, n, endpoint.depth()));
    }

    private void write(JsonGenerator g, Node n, int depth) throws IOException, RepositoryException {
        write(g, root, n, depth, Set.of(TreeReader.string(n, StoredNames.UUID)));
    }

    byte[] list(List<Node> nodes) throws RepositoryException {
        return write(g -> {
            g.writeStartArray();
            for (Node n : nodes) write(g, n, endpoint.depth());
            g.writeEndArray();
        });
    }

    /** The body of a query: offset, limit and total as INN-CO's other endpoints answer, and Magnolia's {@code results}. */
    byte[] results(int offset, int limit, int total, List<Node> nodes) throws RepositoryException {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("offset", offset);
            g.writeNumberField("limit", limit);
            g.writeNumberField("total", total);
            g.writeArrayFieldStart("results");
            for (Node n : nodes) write(g, n, endpoint.depth());
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** {@code top}: the root of the node's own workspace; {@code chain}: see {@link WorkspaceReferences}. */
    void write(JsonGenerator g, Node top, Node n, int depth, Set<String> chain) throws IOException, RepositoryException {
        g.writeStartObject();
        g.writeStringField("@name", n.getName());
        g.writeStringField("@path", WorkspaceNodes.relative(top, n));
        g.writeStringField("@id", TreeReader.string(n, StoredNames.UUID));
        g.writeStringField("@nodeType", TreeReader.nodeType(n));
        for (PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            String name = p.getName();
            if (StoredNames.internal(name) || p.getType() == PropertyType.BINARY || language.variant(name)) continue;
            if (system(StoredNames.original(name)) && !shows(StoredNames.original(name))) continue;
            String localised = language.localised(name);
            Property shown = localised.equals(name) || !n.hasProperty(localised) ? p : n.getProperty(localised);
            g.writeFieldName(StoredNames.original(name));
            Optional<ReferenceRule> rule = references.rule(StoredNames.original(name), chain);
            if (shown.isMultiple()) {
                g.writeStartArray();
                for (Value v : shown.getValues()) value(g, rule, v.getString(), chain);
                g.writeEndArray();
            } else {
                value(g, rule, shown.getValue().getString(), chain);
            }
        }
        if (shows(MIXINS) && endpoint.options().systemProperties().contains(MIXINS)) mixins(g, n);
        List<String> names = new ArrayList<>();
        if (depth > 0) {
            for (NodeIterator it = n.getNodes(); it.hasNext(); ) {
                Node c = it.nextNode();
                if (!endpoint.embeds(TreeReader.nodeType(c))) continue;
                g.writeFieldName(c.getName());
                write(g, top, c, depth - 1, chain);
                names.add(c.getName());
            }
        }
        g.writeArrayFieldStart("@nodes");
        for (String name : names) g.writeString(name);
        g.writeEndArray();
        g.writeEndObject();
    }

    private void value(JsonGenerator g, Optional<ReferenceRule> rule, String stored, Set<String> chain) throws IOException, RepositoryException {
        if (rule.isPresent()) references.write(g, this, rule.get(), stored, chain);
        else g.writeString(stored);
    }

    /** A system property is answered when they are included and {@code systemProperties}, if set, names it. */
    private boolean shows(String name) {
        return endpoint.includeSystemProperties() && endpoint.options().shows(name);
    }

    /** {@code jcr:mixinTypes}, a list of names as Magnolia answers it, only when {@code systemProperties} asks for it. */
    private static void mixins(JsonGenerator g, Node n) throws IOException, RepositoryException {
        g.writeArrayFieldStart(MIXINS);
        if (n.hasProperty(StoredNames.MIXINS)) {
            Property p = n.getProperty(StoredNames.MIXINS);
            if (p.isMultiple()) for (Value v : p.getValues()) g.writeString(v.getString());
            else g.writeString(p.getString());
        }
        g.writeEndArray();
    }

    static boolean system(String name) {
        return name.startsWith("mgnl:") || name.startsWith("jcr:");
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException, RepositoryException;
    }

    private static byte[] write(Body body) throws RepositoryException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
