package eu.innco.i18n.xliff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What a CAT tool does to our files, done by tests: read units, write targets and states; and the schema check. */
final class XliffFiles {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";

    private XliffFiles() {}

    /** Validates against the OASIS XLIFF 2 core schema (the copy in okapi-lib-xliff2); throws with the first problem. */
    static void validate(byte[] xml) throws Exception {
        java.net.URL xsd = XliffFiles.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(xsd).newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static byte[] bytes(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
        return out.toByteArray();
    }

    static List<Element> units(Document d) {
        List<Element> out = new ArrayList<>();
        NodeList l = d.getElementsByTagNameNS(NS, "unit");
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    static Element unit(Document d, String original, String id) {
        for (Element u : units(d)) {
            if (u.getAttribute("id").equals(id) && ((Element) u.getParentNode()).getAttribute("original").equals(original)) return u;
        }
        throw new AssertionError("no unit " + id + " in " + original);
    }

    static Element child(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS(NS, name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    /** Sets a unit's target to plain text and its segment's state. */
    static void translate(Element unit, String text, String state) {
        Element target = target(unit);
        while (target.getFirstChild() != null) target.removeChild(target.getFirstChild());
        target.appendChild(unit.getOwnerDocument().createTextNode(text));
        child(unit, "segment").setAttribute("state", state);
    }

    /** Sets the target to a copy of the source, codes and all, then lets the test change its text nodes. */
    static void copySource(Element unit, String state, BiConsumer<Document, Node> edit) {
        Element target = target(unit);
        while (target.getFirstChild() != null) target.removeChild(target.getFirstChild());
        for (Node n = child(unit, "source").getFirstChild(); n != null; n = n.getNextSibling()) target.appendChild(n.cloneNode(true));
        if (edit != null) edit.accept(unit.getOwnerDocument(), target);
        child(unit, "segment").setAttribute("state", state);
    }

    private static Element target(Element unit) {
        Element segment = child(unit, "segment");
        Element target = child(segment, "target");
        if (target == null) {
            target = unit.getOwnerDocument().createElementNS(NS, "target");
            segment.appendChild(target);
        }
        return target;
    }
}
