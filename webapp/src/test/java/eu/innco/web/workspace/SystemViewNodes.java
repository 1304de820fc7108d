package eu.innco.web.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * A system view file read with the JDK's DOM parser, apart from the code under test: what tests
 * compare answers with. Each node: its name, its properties (every value as written) and children.
 */
final class SystemViewNodes {
    static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    record Node(String name, Map<String, List<String>> properties, List<Node> children) {
        String primaryType() { return one("jcr:primaryType"); }
        boolean has(String property) { return properties.containsKey(property); }
        String one(String property) {
            List<String> v = properties.get(property);
            if (v == null || v.size() != 1) throw new AssertionError(name + " has no single " + property + ": " + v);
            return v.get(0);
        }
        List<String> all(String property) { return properties.getOrDefault(property, List.of()); }
    }

    private SystemViewNodes() {}

    static Node read(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return node(f.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
    }

    private static Node node(Element e) {
        Map<String, List<String>> props = new LinkedHashMap<>();
        List<Node> children = new ArrayList<>();
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element el) || !SV.equals(el.getNamespaceURI())) continue;
            if (el.getLocalName().equals("node")) {
                children.add(node(el));
            } else if (el.getLocalName().equals("property")) {
                List<String> values = new ArrayList<>();
                for (org.w3c.dom.Node v = el.getFirstChild(); v != null; v = v.getNextSibling()) {
                    if (v instanceof Element ve && "value".equals(ve.getLocalName())) values.add(ve.getTextContent());
                }
                props.put(el.getAttributeNS(SV, "name"), values);
            }
        }
        return new Node(e.getAttributeNS(SV, "name"), props, children);
    }
}
