package eu.innco.workspace;

import eu.innco.ErrorCode;
import eu.innco.FieldError;
import eu.innco.InncoException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.PropertyType;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads JCR's document format "system view", which Magnolia's export writes to {@code .xml}
 * files ({@code website.travel.xml}, or a whole workspace under {@code jcr:root}). A whole
 * workspace gives its root's children; any other file gives its one top node. No DTD, no external
 * entity: the file is data from outside.
 */
public final class SystemViewReader {
    static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    private SystemViewReader() {}

    public static List<JcrTree> read(InputStream in, String label) {
        return read(in, label, new NodeLines());
    }

    /** {@link #read(InputStream, String)}, telling {@code lines} where each node starts. */
    public static List<JcrTree> read(InputStream in, String label, NodeLines lines) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader x = null;
        try {
            x = f.createXMLStreamReader(in, "UTF-8");
            while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) { /* up to the first element */ }
            if (!x.isStartElement() || !isSv(x, "node")) throw bad(label, x, "a system view export starts with <sv:node>");
            JcrTree top = node(x, label, lines);
            if (top.name().equals("jcr:root")) return top.children();
            return List.of(top);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw problem(label + ":" + line, "not well-formed XML: " + e.getMessage().replaceAll("\\s+", " "));
        } finally {
            if (x != null) try { x.close(); } catch (XMLStreamException ignored) { /* nothing left to read */ }
        }
    }

    /** Reads from an {@code <sv:node>} start to its end. */
    private static JcrTree node(XMLStreamReader x, String label, NodeLines lines) throws XMLStreamException {
        String name = attr(x, "name", label);
        int start = x.getLocation().getLineNumber();
        String primary = "";
        List<String> mixins = new ArrayList<>();
        String uuid = "";
        Map<String, JcrValue> props = new LinkedHashMap<>();
        List<JcrTree> children = new ArrayList<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) break;
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            if (isSv(x, "node")) {
                children.add(node(x, label, lines));
            } else if (isSv(x, "property")) {
                String pname = attr(x, "name", label);
                String type = attr(x, "type", label);
                boolean multiple = "true".equals(x.getAttributeValue(SV, "multiple"));
                int line = x.getLocation().getLineNumber();
                List<String> values = values(x, label);
                int t;
                try {
                    t = PropertyType.valueFromName(type);
                } catch (IllegalArgumentException e) {
                    throw problem(label + ":" + line, "property " + pname + " has an unknown sv:type '" + type + "'");
                }
                switch (pname) {
                    case "jcr:primaryType" -> primary = values.isEmpty() ? "" : values.get(0);
                    case "jcr:mixinTypes" -> mixins.addAll(values);
                    case "jcr:uuid" -> uuid = values.isEmpty() ? "" : values.get(0);
                    default -> props.put(pname, new JcrValue(t, values, multiple || values.size() != 1));
                }
            } else {
                throw bad(label, x, "unexpected element <" + x.getName().getLocalPart() + "> in an sv:node");
            }
        }
        if (primary.isEmpty()) throw problem(label, "node " + name + " has no jcr:primaryType");
        JcrTree tree = new JcrTree(name, primary, mixins, uuid, props, children);
        lines.put(tree, start);
        return tree;
    }

    private static List<String> values(XMLStreamReader x, String label) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) break;
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (!isSv(x, "value")) throw bad(label, x, "an sv:property holds sv:value elements only");
                out.add(x.getElementText());
            }
        }
        return out;
    }

    private static boolean isSv(XMLStreamReader x, String local) {
        return SV.equals(x.getNamespaceURI()) && local.equals(x.getLocalName());
    }

    private static String attr(XMLStreamReader x, String local, String label) {
        String v = x.getAttributeValue(SV, local);
        if (v == null || v.isEmpty()) throw bad(label, x, "<sv:" + x.getLocalName() + "> needs sv:" + local);
        return v;
    }

    private static InncoException bad(String label, XMLStreamReader x, String message) {
        return problem(label + ":" + x.getLocation().getLineNumber(), message);
    }

    static InncoException problem(String where, String message) {
        return InncoException.invalid(ErrorCode.WORKSPACE_001, where + ": " + message, List.of(new FieldError(where, message)));
    }
}
