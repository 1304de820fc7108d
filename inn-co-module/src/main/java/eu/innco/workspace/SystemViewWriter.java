package eu.innco.workspace;

import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import javax.jcr.PropertyType;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes trees as JCR system view, the XML that Magnolia's import reads: one {@code <sv:node>} per
 * node, {@code jcr:primaryType}, {@code jcr:mixinTypes} and {@code jcr:uuid} first as JCR writes
 * them, then the properties with their {@code sv:type}. Every prefix used is declared on the top node.
 */
public final class SystemViewWriter {
    private SystemViewWriter() {}

    /** {@code namespaces}: prefix to URI of every prefix the trees use (mgnl, jcr... and the content types' own). */
    public static void write(JcrTree tree, Map<String, String> namespaces, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            node(w, tree, new TreeMap<>(namespaces), 0);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing system view failed", e);
        }
    }

    private static void node(XMLStreamWriter w, JcrTree n, Map<String, String> declare, int depth) throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement("sv", "node", SystemViewReader.SV);
        if (depth == 0) {
            w.writeNamespace("sv", SystemViewReader.SV);
            for (Map.Entry<String, String> ns : declare.entrySet()) w.writeNamespace(ns.getKey(), ns.getValue());
        }
        w.writeAttribute("sv", SystemViewReader.SV, "name", n.name());
        property(w, "jcr:primaryType", JcrValue.single(PropertyType.NAME, n.primaryType()), depth + 1);
        if (!n.mixins().isEmpty()) property(w, "jcr:mixinTypes", new JcrValue(PropertyType.NAME, n.mixins(), true), depth + 1);
        if (!n.uuid().isEmpty()) property(w, "jcr:uuid", JcrValue.single(PropertyType.STRING, n.uuid()), depth + 1);
        for (Map.Entry<String, JcrValue> p : n.properties().entrySet()) property(w, p.getKey(), p.getValue(), depth + 1);
        for (JcrTree c : n.children()) node(w, c, declare, depth + 1);
        indent(w, depth);
        w.writeEndElement();
    }

    private static void property(XMLStreamWriter w, String name, JcrValue v, int depth) throws XMLStreamException {
        indent(w, depth);
        w.writeStartElement("sv", "property", SystemViewReader.SV);
        w.writeAttribute("sv", SystemViewReader.SV, "name", name);
        w.writeAttribute("sv", SystemViewReader.SV, "type", v.typeName());
        if (v.multiple()) w.writeAttribute("sv", SystemViewReader.SV, "multiple", "true");
        for (String value : v.values()) {
            indent(w, depth + 1);
            w.writeStartElement("sv", "value", SystemViewReader.SV);
            w.writeCharacters(value);
            w.writeEndElement();
        }
        indent(w, depth);
        w.writeEndElement();
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
