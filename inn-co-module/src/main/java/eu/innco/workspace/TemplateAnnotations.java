package eu.innco.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

/**
 * Magnolia's template annotations ({@code /.rest/template-annotations/v1/<page path>}): for the page
 * and each area and component below it, keyed by node path, the {@code cms:page}, {@code cms:area}
 * or {@code cms:component} comment that Magnolia's SPA editors put into the page for its page
 * editor. Attributes as Magnolia's front-end helpers write them; the definitions come from the
 * light modules' templates.
 */
public final class TemplateAnnotations {
    private final WorkspaceStore store;
    private final TemplateDefinitions templates;

    public TemplateAnnotations(WorkspaceStore store, TemplateDefinitions templates) {
        this.store = store;
        this.templates = templates;
    }

    /** The annotations of the page at {@code path} of {@code workspace}; empty when there is no page there. */
    public Optional<byte[]> page(String workspace, String path) {
        return store.read(workspace, (s, root) -> {
            if (root.isEmpty() || path.replace("/", "").isEmpty()) return Optional.<byte[]>empty();
            Optional<Node> page = WorkspaceStore.at(root.get(), path);
            if (page.isEmpty() || !TreeReader.nodeType(page.get()).equals("mgnl:page")) return Optional.<byte[]>empty();
            Map<String, String> out = new LinkedHashMap<>();
            walk(workspace, root.get(), page.get(), Optional.empty(), out);
            return Optional.of(json(out));
        });
    }

    /** {@code owner}: the template of the page or component an area belongs to. */
    private void walk(String ws, Node root, Node n, Optional<TemplateDefinitions.Template> owner, Map<String, String> out)
            throws RepositoryException {
        String type = TreeReader.nodeType(n);
        String path = WorkspaceNodes.relative(root, n);
        String content = ws + ":" + path;
        String templateId = TreeReader.string(n, "mgnl:template");
        Optional<TemplateDefinitions.Template> template = templates.get(templateId);
        switch (type) {
            case "mgnl:page" -> out.put(path, "cms:page content=\"" + attr(content) + "\" dialog=\"" + attr(dialog(template, templateId)) + "\"");
            case "mgnl:component" -> out.put(path, "cms:component content=\"" + attr(content) + "\" dialog=\"" + attr(dialog(template, templateId))
                    + "\" label=\"" + attr(template.map(TemplateDefinitions.Template::title).orElse("")) + "\" description=\"\" activationStatus=\""
                    + activation(n) + "\"");
            case "mgnl:area" -> {
                String name = n.getName();
                out.put(path, area(n, content, owner.flatMap(t -> Optional.ofNullable(t.areas().get(name))), name));
            }
            default -> { /* other nodes (contentNode) carry no annotation */ }
        }
        if (!type.equals("mgnl:page") && !type.equals("mgnl:component") && !type.equals("mgnl:area")) return;
        Optional<TemplateDefinitions.Template> next = type.equals("mgnl:area") ? owner : template;
        for (NodeIterator it = n.getNodes(); it.hasNext(); ) {
            Node c = it.nextNode();
            String ct = TreeReader.nodeType(c);
            if (ct.equals("mgnl:area") || ct.equals("mgnl:component")) walk(ws, root, c, next, out);
        }
    }

    private static String area(Node n, String content, Optional<TemplateDefinitions.Area> def, String name) throws RepositoryException {
        return "cms:area name=\"" + attr(name) + "\" content=\"" + attr(content) + "\" availableComponents=\""
                + attr(String.join(",", def.map(TemplateDefinitions.Area::availableComponents).orElse(java.util.List.of())))
                + "\" type=\"" + attr(def.map(TemplateDefinitions.Area::type).orElse("list")) + "\" label=\""
                + attr(def.map(TemplateDefinitions.Area::title).orElse("")) + "\" inherit=\"" + def.map(TemplateDefinitions.Area::inherit).orElse(false)
                + "\" optional=\"" + def.map(TemplateDefinitions.Area::optional).orElse(false) + "\" createdAreaNode=\""
                + def.map(TemplateDefinitions.Area::createAreaNode).orElse(true)
                + "\" showAddButton=\"true\" showNewComponentArea=\"true\" description=\"\" activationStatus=\"" + activation(n) + "\"";
    }

    /** A template without {@code dialog} is edited with the dialog of its own id, as in Magnolia's light modules. */
    private static String dialog(Optional<TemplateDefinitions.Template> t, String templateId) {
        return t.map(TemplateDefinitions.Template::dialog).filter(d -> !d.isEmpty()).orElse(templateId);
    }

    /** Magnolia's activation status codes: 0 never published, 1 changed since, 2 published. */
    private static String activation(Node n) throws RepositoryException {
        if (!n.hasProperty("mgnl:activationStatus")) return "0";
        if (!n.getProperty("mgnl:activationStatus").getBoolean()) return "0";
        if (n.hasProperty("mgnl:lastModified") && n.hasProperty("mgnl:lastActivated")
                && n.getProperty("mgnl:lastModified").getDate().after(n.getProperty("mgnl:lastActivated").getDate())) return "1";
        return "2";
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;");
    }

    private static byte[] json(Map<String, String> map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : map.entrySet()) g.writeStringField(e.getKey(), e.getValue());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
