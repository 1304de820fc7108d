package eu.innco.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
    private static final JsonFactory JSON = new JsonFactory();
    private final WorkspaceEndpoint endpoint;
    private final Node root;
    private final WorkspaceLanguage language;

    WorkspaceJson(WorkspaceEndpoint endpoint, Node root, WorkspaceLanguage language) {
        this.endpoint = endpoint;
        this.root = root;
        this.language = language;
    }

    byte[] node(Node n) throws RepositoryException {
        return write(g -> write(g, n, endpoint.depth()));
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

    private void write(JsonGenerator g, Node n, int depth) throws IOException, RepositoryException {
        g.writeStartObject();
        g.writeStringField("@name", n.getName());
        g.writeStringField("@path", WorkspaceNodes.relative(root, n));
        g.writeStringField("@id", TreeReader.string(n, StoredNames.UUID));
        g.writeStringField("@nodeType", TreeReader.nodeType(n));
        for (PropertyIterator it = n.getProperties(); it.hasNext(); ) {
            Property p = it.nextProperty();
            String name = p.getName();
            if (StoredNames.internal(name) || p.getType() == PropertyType.BINARY || language.variant(name)) continue;
            if (!endpoint.includeSystemProperties() && system(StoredNames.original(name))) continue;
            String localised = language.localised(name);
            Property shown = localised.equals(name) || !n.hasProperty(localised) ? p : n.getProperty(localised);
            g.writeFieldName(StoredNames.original(name));
            if (shown.isMultiple()) {
                g.writeStartArray();
                for (Value v : shown.getValues()) g.writeString(v.getString());
                g.writeEndArray();
            } else {
                g.writeString(shown.getValue().getString());
            }
        }
        List<String> names = new ArrayList<>();
        if (depth > 0) {
            for (NodeIterator it = n.getNodes(); it.hasNext(); ) {
                Node c = it.nextNode();
                if (!endpoint.embeds(TreeReader.nodeType(c))) continue;
                g.writeFieldName(c.getName());
                write(g, c, depth - 1);
                names.add(c.getName());
            }
        }
        g.writeArrayFieldStart("@nodes");
        for (String name : names) g.writeString(name);
        g.writeEndArray();
        g.writeEndObject();
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
